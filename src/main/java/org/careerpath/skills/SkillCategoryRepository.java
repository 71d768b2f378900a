package org.careerpath.skills;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillCategoryRepository extends JpaRepository<SkillCategoryRow, Long> {

    List<SkillCategoryRow> findAllByOrderByPosition();
}
