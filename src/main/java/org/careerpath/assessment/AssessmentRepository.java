package org.careerpath.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<AssessmentRow, Long> {

    Optional<AssessmentRow> findByOwnerTokenHash(byte[] hash);

    Optional<AssessmentRow> findByShareTokenHash(byte[] hash);
}
