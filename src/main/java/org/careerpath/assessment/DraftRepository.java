package org.careerpath.assessment;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<DraftRow, Long> {

    Optional<DraftRow> findByTokenHashAndUpdatedAtAfter(byte[] hash, OffsetDateTime notBefore);
}
