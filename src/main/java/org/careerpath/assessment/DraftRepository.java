package org.careerpath.assessment;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<DraftRow, Long> {

    Optional<DraftRow> findByTokenHashAndUpdatedAtAfter(byte[] hash, OffsetDateTime notBefore);

    /** Deletes drafts last saved before the given time; their answers go with them (the foreign key cascades). */
    @Modifying
    @Query(value = "delete from assessment_draft where updated_at < ?1", nativeQuery = true)
    int deleteSavedBefore(OffsetDateTime before);
}
