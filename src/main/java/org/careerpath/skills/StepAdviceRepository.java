package org.careerpath.skills;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepAdviceRepository extends JpaRepository<StepAdviceRow, StepAdviceRow.Key> {}
