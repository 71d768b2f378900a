package org.careerpath.salaries;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectionRepository extends JpaRepository<ProjectionRow, Long> {}
