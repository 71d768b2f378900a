package org.careerpath.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.DimensionCategory;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.Proficiency;
import org.careerpath.skills.Step;
import org.careerpath.skills.StepAdvice;

/**
 * Builds small career models for unit tests: tracks of levels, dimensions, and what each level expects,
 * without a database.
 */
public final class ModelMother {

    private final List<Track> tracks = new ArrayList<>();
    private final Map<String, List<Dimension>> categories = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
    private long nextId = 1;

    public static ModelMother model() {
        return new ModelMother();
    }

    public static Level level(long id, String slug, String track, int rank) {
        return new Level(
                id,
                slug,
                slug + " name",
                slug,
                track,
                track + " track",
                rank,
                rank,
                null,
                "focus " + slug,
                "scope",
                "summary",
                null,
                null,
                3,
                slug,
                "key skills",
                null,
                "hands-on " + slug,
                null,
                null,
                List.of());
    }

    /** A track with levels in rank order; {@code branchesFrom} names the level it branches from, or null. */
    public ModelMother track(String slug, String branchesFrom, String... levels) {
        List<Level> list = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            list.add(level(nextId++, levels[i], slug, i + 1));
        }
        tracks.add(new Track(tracks.size() + 1L, slug, slug + " track", "", branchesFrom, list));
        return this;
    }

    /** A dimension of a kind, with what each named level expects (level slug, value, level slug, value...). */
    public ModelMother dimension(String slug, String kind, Object... levelValues) {
        int max = Dimension.TECHNICAL.equals(kind) ? 4 : 5;
        Dimension d = new Dimension(
                1000 + categories.values().stream().mapToInt(List::size).sum(),
                slug,
                slug + " name",
                kind,
                max,
                kind,
                kind + " category",
                "",
                "",
                null);
        categories.computeIfAbsent(kind, k -> new ArrayList<>()).add(d);
        Map<String, Integer> values = new LinkedHashMap<>();
        for (int i = 0; i < levelValues.length; i += 2) {
            values.put((String) levelValues[i], (Integer) levelValues[i + 1]);
        }
        expected.put(slug, values);
        return this;
    }

    public CareerModel build() {
        Ladder ladder = new Ladder(List.copyOf(tracks));
        List<DimensionCategory> cats = categories.entrySet().stream()
                .map(e -> new DimensionCategory(
                        (long) e.getKey().hashCode(),
                        e.getKey(),
                        e.getKey() + " category",
                        "",
                        false,
                        e.getKey(),
                        false,
                        List.copyOf(e.getValue())))
                .toList();
        Map<Long, List<Step>> steps = new LinkedHashMap<>();
        Map<Long, List<StepAdvice>> advice = new LinkedHashMap<>();
        List<Expectation> expectations = new ArrayList<>();
        for (DimensionCategory c : cats) {
            for (Dimension d : c.dimensions()) {
                List<Step> scale = new ArrayList<>();
                List<StepAdvice> tips = new ArrayList<>();
                for (int v = 0; v <= d.maxStep(); v++) {
                    scale.add(new Step(v, "step " + v, d.slug() + " at " + v));
                    if (v > 0) {
                        tips.add(new StepAdvice(v, "work towards " + v, "artefact " + v, "evidence " + v));
                    }
                }
                steps.put(d.id(), List.copyOf(scale));
                advice.put(d.id(), List.copyOf(tips));
                for (Level level : ladder.levels()) {
                    Integer value = expected.get(d.slug()).get(level.slug());
                    if (value != null) {
                        expectations.add(Expectation.of(level, d, scale.get(value), d.slug() + " at " + level.slug()));
                    }
                }
            }
        }
        List<Proficiency> generic = List.of(
                new Proficiency(0, "none", ""),
                new Proficiency(1, "aware", ""),
                new Proficiency(2, "working", ""),
                new Proficiency(3, "practitioner", ""),
                new Proficiency(4, "expert", ""));
        return new CareerModel(ladder, generic, cats, steps, advice, List.copyOf(expectations));
    }
}
