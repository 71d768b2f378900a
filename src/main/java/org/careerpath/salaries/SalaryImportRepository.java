package org.careerpath.salaries;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SalaryImportRepository extends JpaRepository<SalaryImportRow, Long> {

    Optional<SalaryImportRow> findFirstBySourceIdOrderByImportedAtDescIdDesc(Long sourceId);

    boolean existsBySourceIdAndSha256(Long sourceId, String sha256);
}
