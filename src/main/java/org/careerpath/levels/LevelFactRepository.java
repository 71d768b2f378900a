package org.careerpath.levels;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LevelFactRepository extends JpaRepository<LevelFactRow, Long> {

    List<LevelFactRow> findAllByOrderByLevelIdAscKindAscPositionAsc();
}
