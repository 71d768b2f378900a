package org.careerpath.levels;

import org.springframework.data.jpa.repository.JpaRepository;

interface LevelCriterionRepository extends JpaRepository<LevelCriterionRow, LevelCriterionRow.Key> {}
