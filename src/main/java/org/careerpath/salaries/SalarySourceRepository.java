package org.careerpath.salaries;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SalarySourceRepository extends JpaRepository<SalarySourceRow, Long> {

    List<SalarySourceRow> findAllByOrderByPosition();

    Optional<SalarySourceRow> findBySlug(String slug);
}
