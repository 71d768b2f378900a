package org.careerpath.skills;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProficiencyRepository extends JpaRepository<ProficiencyRow, Short> {

    List<ProficiencyRow> findAllByOrderByValue();
}
