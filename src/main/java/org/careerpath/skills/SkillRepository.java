package org.careerpath.skills;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillRepository extends JpaRepository<SkillRow, Long> {

    /** Every skill with its category, in catalogue order. A derived query: nothing to parse while the portal starts. */
    @EntityGraph(attributePaths = "category")
    List<SkillRow> findAllByOrderByCategoryPositionAscPositionAsc();
}
