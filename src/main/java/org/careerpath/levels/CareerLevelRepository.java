package org.careerpath.levels;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CareerLevelRepository extends JpaRepository<CareerLevel, Long> {

    @Query("select l from CareerLevel l join fetch l.track t order by t.position, l.rankInTrack")
    List<CareerLevel> findAllInLadderOrder();
}
