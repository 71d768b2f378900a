package org.careerpath.guides;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<RoleRow, Long> {

    List<RoleRow> findAllByOrderByPosition();
}
