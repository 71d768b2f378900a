package org.careerpath.guides;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleMoveRepository extends JpaRepository<RoleMoveRow, RoleMoveRow.Key> {}
