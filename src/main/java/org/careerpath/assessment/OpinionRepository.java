package org.careerpath.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpinionRepository extends JpaRepository<OpinionRow, Long> {

    /** Every opinion given through these invitations, newest first, answers fetched with them. */
    @Query("select distinct o from OpinionRow o left join fetch o.answers where o.invitationId in ?1"
            + " order by o.createdAt desc, o.id desc")
    List<OpinionRow> findByInvitations(Collection<Long> invitationIds);
}
