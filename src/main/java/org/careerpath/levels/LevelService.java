package org.careerpath.levels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The career ladder: tracks and levels, for this feature's pages and for the others. */
@Service
@Transactional(readOnly = true)
public class LevelService {

    private final CareerLevelRepository levels;
    private final JdbcClient jdbc;

    LevelService(CareerLevelRepository levels, JdbcClient jdbc) {
        this.levels = levels;
        this.jdbc = jdbc;
    }

    /** Every level, track by track, in rank order. */
    public List<LevelSummary> ladder() {
        return levels.findAllInLadderOrder().stream()
                .map(CareerLevel::toSummary)
                .toList();
    }

    /** The ladder with its tracks, in one query. */
    public Ladder load() {
        return new Ladder(tracks());
    }

    /** How people at a level are judged, in a fixed order of the five dimensions. */
    public List<Dimension> dimensions(long levelId) {
        return jdbc.sql("""
                        select dimension, expectation from level_dimension where level_id = ?
                        order by case dimension when 'scope' then 1 when 'independence' then 2
                          when 'technical-leadership' then 3 when 'growing-others' then 4 else 5 end
                        """).param(levelId).query(Dimension.class).list();
    }

    public record Dimension(String dimension, String expectation) {

        public String label() {
            return switch (dimension) {
                case "scope" -> "Scope of impact";
                case "independence" -> "Independence";
                case "technical-leadership" -> "Technical leadership";
                case "growing-others" -> "Growing others";
                default -> "Business awareness";
            };
        }
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
