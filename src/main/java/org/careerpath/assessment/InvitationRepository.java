package org.careerpath.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<InvitationRow, Long> {

    Optional<InvitationRow> findByTokenHashAndRevokedAtIsNull(byte[] hash);

    List<InvitationRow> findByAssessmentIdOrderById(long assessmentId);

    Optional<InvitationRow> findByIdAndAssessmentId(long id, long assessmentId);
}
