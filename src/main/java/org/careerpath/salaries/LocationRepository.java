package org.careerpath.salaries;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<LocationRow, String> {}
