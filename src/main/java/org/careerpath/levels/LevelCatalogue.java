package org.careerpath.levels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The levels module's published API: the career ladder and how each level is judged. */
@Service
@Transactional(readOnly = true)
public class LevelCatalogue {

    private final CareerLevelRepository levels;
    private final LevelCriterionRepository criteria;

    LevelCatalogue(CareerLevelRepository levels, LevelCriterionRepository criteria) {
        this.levels = levels;
        this.criteria = criteria;
    }

    /** The tracks in order, each with its levels in rank order: one query. */
    public Ladder ladder() {
        List<CareerLevel> all = levels.findAllInLadderOrder();
        Map<Long, String> slugById = new LinkedHashMap<>();
        all.forEach(level -> slugById.put(level.toLevel().id(), level.toLevel().slug()));
        Map<CareerTrack, List<Level>> byTrack = new LinkedHashMap<>();
        for (CareerLevel level : all) {
            byTrack.computeIfAbsent(level.getTrack(), t -> new ArrayList<>()).add(level.toLevel());
        }
        return new Ladder(byTrack.entrySet().stream()
                .map(e -> new Track(
                        e.getKey().getSlug(),
                        e.getKey().getName(),
                        e.getKey().getDescription(),
                        slugById.get(e.getKey().getBranchesFromLevelId()),
                        List.copyOf(e.getValue())))
                .toList());
    }

    /** How people at each level are judged (level id to its criteria, in the fixed order of the five). */
    public Map<Long, List<LevelCriterion>> criteria() {
        Map<Long, List<LevelCriterion>> byLevel = new LinkedHashMap<>();
        criteria.findAll().stream()
                .sorted(Comparator.comparingInt(
                        c -> LevelCriterion.ORDER.indexOf(c.toCriterion().criterion())))
                .forEach(c -> byLevel.computeIfAbsent(c.getLevelId(), k -> new ArrayList<>())
                        .add(c.toCriterion()));
        return byLevel;
    }
}
