package org.careerpath.salaries;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalaryBandRepository extends JpaRepository<SalaryBandRow, Long> {}
