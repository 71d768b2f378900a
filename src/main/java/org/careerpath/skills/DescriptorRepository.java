package org.careerpath.skills;

import org.springframework.data.jpa.repository.JpaRepository;

interface DescriptorRepository extends JpaRepository<DescriptorRow, DescriptorRow.Key> {}
