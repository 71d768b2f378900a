package org.careerpath.guides;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuideEntryRepository extends JpaRepository<GuideEntryRow, Long> {

    List<GuideEntryRow> findByRoleIdOrderBySectionAscPositionAsc(Long roleId);
}
