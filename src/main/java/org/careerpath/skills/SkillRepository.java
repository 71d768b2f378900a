package org.careerpath.skills;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SkillRepository extends JpaRepository<SkillRow, Long> {

    @Query("select s from SkillRow s join fetch s.category c order by c.position, s.position")
    List<SkillRow> findAllInCatalogueOrder();
}
