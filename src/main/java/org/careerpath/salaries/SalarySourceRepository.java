package org.careerpath.salaries;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SalarySourceRepository extends JpaRepository<SalarySource, Long> {

    List<SalarySource> findAllByOrderByPosition();
}
