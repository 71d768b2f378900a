package org.careerpath.levels;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareerLevelRepository extends JpaRepository<CareerLevel, Long> {

    /** Every level with its track, in ladder order. A derived query: nothing to parse while the portal starts. */
    @EntityGraph(attributePaths = "track")
    List<CareerLevel> findAllByOrderByTrackPositionAscRankInTrackAsc();
}
