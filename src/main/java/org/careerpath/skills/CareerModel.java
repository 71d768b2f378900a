package org.careerpath.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;

/**
 * The career model: the ladder, every dimension a level is judged on (technical skills, impact and people
 * management), what each step of each dimension looks like, what each level expects on each dimension
 * with the behaviour that goes with it, and advice for every step. Retired dimensions are kept so that
 * stored assessments stay readable; they take no part in expectations of today's levels.
 */
public record CareerModel(
        Ladder ladder,
        List<Proficiency> scale,
        List<DimensionCategory> allCategories,
        Map<Long, List<Step>> steps,
        Map<Long, List<StepAdvice>> advice,
        List<Expectation> expectations) {

    /** The categories shown today, with only their active dimensions. */
    public List<DimensionCategory> categories() {
        return allCategories.stream()
                .filter(c -> !c.retired())
                .map(c -> c.with(
                        false, c.dimensions().stream().filter(d -> !d.retired()).toList()))
                .filter(c -> !c.dimensions().isEmpty())
                .toList();
    }

    /** Every active dimension, in catalogue order. */
    public List<Dimension> dimensions() {
        return categories().stream().flatMap(c -> c.dimensions().stream()).toList();
    }

    /** Every dimension, retired ones included (stored assessments may refer to them). */
    public List<Dimension> allDimensions() {
        return allCategories.stream().flatMap(c -> c.dimensions().stream()).toList();
    }

    public Optional<Dimension> bySlug(String slug) {
        return allDimensions().stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    public Optional<Dimension> byId(long id) {
        return allDimensions().stream().filter(d -> d.id() == id).findFirst();
    }

    /** The steps of a dimension's scale, 0 to its maximum. */
    public List<Step> steps(long dimensionId) {
        return steps.getOrDefault(dimensionId, List.of());
    }

    public Step step(long dimensionId, int value) {
        return steps(dimensionId).stream()
                .filter(s -> s.value() == value)
                .findFirst()
                .orElse(new Step(value, Integer.toString(value), ""));
    }

    /** Advice for each step of a dimension, step 1 first. */
    public List<StepAdvice> advice(long dimensionId) {
        return advice.getOrDefault(dimensionId, List.of());
    }

    /** The advice for reaching {@code step} on a dimension. */
    public Optional<StepAdvice> advice(long dimensionId, int step) {
        return advice(dimensionId).stream().filter(a -> a.step() == step).findFirst();
    }

    /** Every active dimension at one level, grouped by category in catalogue order. */
    public List<ExpectationGroup> atLevel(long levelId) {
        return ExpectationGroup.of(
                active().stream().filter(e -> e.levelId() == levelId).toList());
    }

    /** One dimension at every level, in ladder order. */
    public List<Expectation> ofDimension(long dimensionId) {
        return expectations.stream().filter(e -> e.dimensionId() == dimensionId).toList();
    }

    public Optional<Expectation> expectation(long levelId, long dimensionId) {
        return expectations.stream()
                .filter(e -> e.levelId() == levelId && e.dimensionId() == dimensionId)
                .findFirst();
    }

    /** Level id to active dimension id to the expected step. */
    public Map<Long, Map<Long, Integer>> expectedByLevel() {
        Map<Long, Map<Long, Integer>> byLevel = new LinkedHashMap<>();
        active().forEach(e ->
                byLevel.computeIfAbsent(e.levelId(), k -> new LinkedHashMap<>()).put(e.dimensionId(), e.value()));
        return byLevel;
    }

    /**
     * The dimensions that define a level: those it expects higher than the level people usually come from
     * (the one below in its track, or for the manager track's first level, Senior). A first level with
     * nothing below is defined by what it expects most.
     */
    public Set<Long> defining(Level level) {
        Map<Long, Map<Long, Integer>> expected = expectedByLevel();
        Map<Long, Integer> here = expected.getOrDefault(level.id(), Map.of());
        Optional<Level> before = ladder.below(level);
        Set<Long> defining = new LinkedHashSet<>();
        if (before.isPresent()) {
            Map<Long, Integer> there = expected.getOrDefault(before.get().id(), Map.of());
            here.forEach((dimension, value) -> {
                if (value > there.getOrDefault(dimension, 0)) {
                    defining.add(dimension);
                }
            });
        } else {
            int most = here.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            here.forEach((dimension, value) -> {
                if (value == most) {
                    defining.add(dimension);
                }
            });
        }
        return defining;
    }

    /**
     * The steps up the ladder that break the model's shape, in words (empty when it holds). Every level must
     * expect more than the level people come from on at least one dimension, or assessments could not tell
     * the two apart. From the level the tracks branch from (Senior) up, and on every track that branches
     * there, depth is T-shaped: a step raises at most a third of the active dimensions.
     */
    public List<String> shapeProblems() {
        int dimensions = dimensions().size();
        Map<Long, Map<Long, Integer>> expected = expectedByLevel();
        List<String> problems = new ArrayList<>();
        for (Level level : ladder.levels()) {
            Optional<Level> before = ladder.below(level);
            if (before.isEmpty()) {
                continue;
            }
            Map<Long, Integer> there = expected.getOrDefault(before.get().id(), Map.of());
            long raised = expected.getOrDefault(level.id(), Map.of()).entrySet().stream()
                    .filter(e -> e.getValue() > there.getOrDefault(e.getKey(), 0))
                    .count();
            String step = before.get().shortName() + " \u2192 " + level.shortName();
            if (raised == 0) {
                problems.add(step + " would raise no dimension: a level must expect more than "
                        + before.get().shortName() + " on at least one, or assessments cannot tell them apart.");
            } else if (tShaped(before.get()) && raised * 3 > dimensions) {
                problems.add(step + " would raise " + raised + " of the " + dimensions + " dimensions; from "
                        + "where the tracks branch up, a step raises at most a third (" + dimensions / 3
                        + "): depth is T-shaped.");
            }
        }
        return problems;
    }

    /** Whether a level is at or above a level some track branches from, or on a track branching from one. */
    private boolean tShaped(Level level) {
        Set<String> branchPoints = new LinkedHashSet<>();
        ladder.tracks().forEach(t -> {
            if (t.branchesFromLevelSlug() != null) {
                branchPoints.add(t.branchesFromLevelSlug());
            }
        });
        for (String slug : branchPoints) {
            Optional<Level> point = ladder.bySlug(slug);
            if (point.isPresent()
                    && point.get().trackSlug().equals(level.trackSlug())
                    && level.rankInTrack() >= point.get().rankInTrack()) {
                return true;
            }
        }
        return ladder.tracks().stream()
                .filter(t -> t.slug().equals(level.trackSlug()) && t.branchesFromLevelSlug() != null)
                .findFirst()
                .flatMap(t -> ladder.bySlug(t.branchesFromLevelSlug()))
                .filter(from -> !from.trackSlug().equals(level.trackSlug()) && tShaped(from))
                .isPresent();
    }

    /** This model with one dimension as edited (its words, its retirement), for previews and checks. */
    public CareerModel withDimension(Dimension changed) {
        List<DimensionCategory> categories = allCategories.stream()
                .map(c -> c.with(
                        c.retired(),
                        c.dimensions().stream()
                                .map(d -> d.id() == changed.id() ? changed : d)
                                .toList()))
                .toList();
        return new CareerModel(ladder, scale, categories, steps, advice, expectations);
    }

    /** Every active dimension at two levels, in catalogue order. */
    public LevelComparison compare(long fromLevelId, long toLevelId) {
        Map<Long, Expectation> from = new LinkedHashMap<>();
        Map<Long, Expectation> to = new LinkedHashMap<>();
        for (Expectation e : active()) {
            if (e.levelId() == fromLevelId) {
                from.put(e.dimensionId(), e);
            }
            if (e.levelId() == toLevelId) {
                to.put(e.dimensionId(), e);
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Dimension d : dimensions()) {
            if (from.containsKey(d.id()) && to.containsKey(d.id())) {
                rows.add(new ComparisonRow(from.get(d.id()), to.get(d.id())));
            }
        }
        return new LevelComparison(rows);
    }

    /** Expectations of active dimensions only. */
    private List<Expectation> active() {
        Set<Long> activeIds = new LinkedHashSet<>();
        dimensions().forEach(d -> activeIds.add(d.id()));
        return expectations.stream()
                .filter(e -> activeIds.contains(e.dimensionId()))
                .toList();
    }
}
