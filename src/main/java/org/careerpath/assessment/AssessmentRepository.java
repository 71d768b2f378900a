package org.careerpath.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface AssessmentRepository extends JpaRepository<AssessmentRow, Long> {

    Optional<AssessmentRow> findByOwnerTokenHash(byte[] hash);

    Optional<AssessmentRow> findByShareTokenHash(byte[] hash);

    /**
     * An assessment's id and change counter, behind its owner's link: read on every results request, so it
     * runs as one statement on its own (no read-only transaction around it, which costs three more).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("select a.id as id, a.changes as changes from AssessmentRow a where a.ownerTokenHash = :hash")
    Optional<Stamp> findStampByOwner(byte[] hash);

    /** An assessment's id and change counter, behind its read-only link (as above). */
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("select a.id as id, a.changes as changes from AssessmentRow a where a.shareTokenHash = :hash")
    Optional<Stamp> findStampByShare(byte[] hash);

    /** Which assessment, at which change: any change to it (revision, tick, invitation, opinion) counts up. */
    interface Stamp {
        Long getId();

        Long getChanges();
    }
}
