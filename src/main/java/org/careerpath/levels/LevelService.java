package org.careerpath.levels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The career ladder: tracks and levels, for this feature's pages and for the others. */
@Service
@Transactional(readOnly = true)
public class LevelService {

    private final CareerLevelRepository levels;

    LevelService(CareerLevelRepository levels) {
        this.levels = levels;
    }

    /** Every level, track by track, in rank order. */
    public List<LevelSummary> ladder() {
        return levels.findAllInLadderOrder().stream()
                .map(CareerLevel::toSummary)
                .toList();
    }

    /** The tracks in order, each with its levels in rank order. */
    public List<TrackSummary> tracks() {
        List<CareerLevel> all = levels.findAllInLadderOrder();
        Map<Long, String> slugById = all.stream().collect(Collectors.toMap(CareerLevel::getId, CareerLevel::getSlug));
        Map<CareerTrack, List<LevelSummary>> byTrack = new LinkedHashMap<>();
        for (CareerLevel level : all) {
            byTrack.computeIfAbsent(level.getTrack(), t -> new ArrayList<>()).add(level.toSummary());
        }
        return byTrack.entrySet().stream()
                .map(e -> new TrackSummary(
                        e.getKey().getSlug(),
                        e.getKey().getName(),
                        e.getKey().getDescription(),
                        slugById.get(e.getKey().getBranchesFromLevelId()),
                        List.copyOf(e.getValue())))
                .toList();
    }
}
