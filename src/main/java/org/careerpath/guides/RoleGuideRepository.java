package org.careerpath.guides;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGuideRepository extends JpaRepository<RoleGuideRow, Long> {}
