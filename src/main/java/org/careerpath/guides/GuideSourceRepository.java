package org.careerpath.guides;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuideSourceRepository extends JpaRepository<GuideSourceRow, GuideSourceRow.Key> {

    List<GuideSourceRow> findByRoleIdOrderByPosition(Long roleId);
}
