package org.careerpath.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionRepository extends JpaRepository<OpinionRow, Long> {

    /** Every opinion given through these invitations, newest first, answers fetched with them. */
    @EntityGraph(attributePaths = "answers")
    List<OpinionRow> findByInvitationIdInOrderByCreatedAtDescIdDesc(Collection<Long> invitationIds);
}
