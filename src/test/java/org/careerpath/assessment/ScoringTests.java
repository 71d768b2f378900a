package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The estimate rule on a small model: two IC levels above a first one, and a manager level off the second. */
class ScoringTests {

    /**
     * Ten technical dimensions (t1..t10): a=1, b=2, c=2, m=2. Two impact dimensions: a=1, b=2, c=3, m=2.
     * One people dimension: a=0, b=0, c=0, m=3. So c is defined by the impact dimensions and m by the
     * people dimension.
     */
    static final CareerModel MODEL = build();

    static CareerModel build() {
        ModelMother m = ModelMother.model().track("ic", null, "a", "b", "c").track("mgr", "b", "m");
        for (int i = 1; i <= 10; i++) {
            m.dimension("t" + i, Dimension.TECHNICAL, "a", 1, "b", 2, "c", 2, "m", 2);
        }
        m.dimension("i1", Dimension.IMPACT, "a", 1, "b", 2, "c", 3, "m", 2);
        m.dimension("i2", Dimension.IMPACT, "a", 1, "b", 2, "c", 3, "m", 2);
        m.dimension("p1", Dimension.PEOPLE, "a", 0, "b", 0, "c", 0, "m", 3);
        return m.build();
    }

    static Level level(String slug) {
        return MODEL.ladder().bySlug(slug).orElseThrow();
    }

    static long id(String dimension) {
        return MODEL.bySlug(dimension).orElseThrow().id();
    }

    static Map<Long, Integer> exactlyAt(String level) {
        return new HashMap<>(MODEL.expectedByLevel().get(level(level).id()));
    }

    static Optional<String> estimate(String track, Map<Long, Integer> ratings) {
        return Scoring.estimate(MODEL.ladder().track(track), MODEL, ratings)
                .map(m -> MODEL.ladder().byId(m.levelId()).orElseThrow().slug());
    }

    @Test
    void theDefiningDimensionsAreWhatALevelExpectsMoreOfThanTheLevelPeopleComeFrom() {
        assertThat(MODEL.defining(level("c"))).containsExactlyInAnyOrder(id("i1"), id("i2"));
        assertThat(MODEL.defining(level("m"))).containsExactly(id("p1"));
        assertThat(MODEL.defining(level("b"))).hasSize(12);
        // a first level with nothing below is defined by what it expects most
        assertThat(MODEL.defining(level("a"))).hasSize(12).doesNotContain(id("p1"));
    }

    @Test
    void someoneRatedExactlyAtALevelIsEstimatedAtThatLevelOnItsTrack() {
        assertThat(estimate("ic", exactlyAt("a"))).hasValue("a");
        assertThat(estimate("ic", exactlyAt("b"))).hasValue("b");
        assertThat(estimate("ic", exactlyAt("c"))).hasValue("c");
        assertThat(estimate("mgr", exactlyAt("m"))).hasValue("m");
        assertThat(estimate("mgr", exactlyAt("c"))).isEmpty();
    }

    @Test
    void oneStepShortOnADefiningDimensionIsEstimatedBelowTheLevel() {
        Map<Long, Integer> ratings = exactlyAt("c");
        ratings.put(id("i1"), 2);
        assertThat(estimate("ic", ratings)).hasValue("b");

        Map<Long, Integer> manager = exactlyAt("m");
        manager.put(id("p1"), 2);
        assertThat(estimate("mgr", manager)).isEmpty();
    }

    /** The manager level with p1, i1, i2 and seven technical dimensions rated ({@code short} of them at 1). */
    private static Map<Long, Integer> tenRatedForManager(int shortOnes) {
        Map<Long, Integer> ratings = new HashMap<>();
        ratings.put(id("p1"), 3);
        ratings.put(id("i1"), 2);
        ratings.put(id("i2"), 2);
        for (int i = 1; i <= 7; i++) {
            ratings.put(id("t" + i), i <= shortOnes ? 1 : 2);
        }
        return ratings;
    }

    @Test
    void exactlyEightyPercentOfTheRatedDimensionsMetQualifiesAndLessDoesNot() {
        LevelMatch eighty = Scoring.match(level("m"), MODEL, tenRatedForManager(2));
        assertThat(eighty.rated()).isEqualTo(10);
        assertThat(eighty.met()).isEqualTo(8);
        assertThat(eighty.percent()).isEqualTo(80);
        assertThat(eighty.matches()).isTrue();

        LevelMatch seventy = Scoring.match(level("m"), MODEL, tenRatedForManager(3));
        assertThat(seventy.percent()).isEqualTo(70);
        assertThat(seventy.matches()).isFalse();
    }

    @Test
    void theShareOfDimensionsMetCountsOnlyRatedOnesAndNeedsEightyPercent() {
        Map<Long, Integer> ratings = new HashMap<>();
        for (int i = 1; i <= 10; i++) {
            ratings.put(id("t" + i), i <= 8 ? 2 : 1); // 8 of 10 rated technical met
        }
        ratings.put(id("i1"), 2);
        ratings.put(id("i2"), 2);
        ratings.put(id("p1"), 0);
        LevelMatch b = Scoring.match(level("b"), MODEL, ratings);
        assertThat(b.rated()).isEqualTo(13);
        assertThat(b.met()).isEqualTo(11);
        assertThat(b.matches()).isFalse(); // t9 and t10 are defining dimensions of b, and missed

        ratings.remove(id("t9"));
        ratings.remove(id("t10"));
        LevelMatch unsure = Scoring.match(level("b"), MODEL, ratings);
        assertThat(unsure.rated()).isEqualTo(11);
        assertThat(unsure.met()).isEqualTo(11);
        assertThat(unsure.matches()).isTrue();
    }

    @Test
    void oneDimensionTwoStepsShortRulesTheLevelOut() {
        Map<Long, Integer> ratings = exactlyAt("m");
        ratings.put(id("t1"), 0);
        assertThat(Scoring.match(level("m"), MODEL, ratings).largestShortfall()).isEqualTo(2);
        assertThat(estimate("mgr", ratings)).isEmpty();
    }

    @Test
    void withTooFewAnswersThereIsNoEstimate() {
        Map<Long, Integer> ratings = exactlyAt("c");
        for (int i = 1; i <= 7; i++) {
            ratings.remove(id("t" + i));
        }
        LevelMatch match = Scoring.match(level("a"), MODEL, ratings);
        assertThat(match.enoughAnswers()).isFalse();
        assertThat(estimate("ic", ratings)).isEmpty();
    }

    @Test
    void raisingAnyRatingNeverLowersTheEstimate() {
        Random random = new Random(11);
        List<Dimension> dimensions = MODEL.dimensions();
        for (int trial = 0; trial < 500; trial++) {
            Map<Long, Integer> ratings = new HashMap<>();
            for (Dimension d : dimensions) {
                if (random.nextInt(10) > 0) {
                    ratings.put(d.id(), random.nextInt(d.maxStep() + 1));
                }
            }
            Dimension raised = dimensions.get(random.nextInt(dimensions.size()));
            Map<Long, Integer> higher = new HashMap<>(ratings);
            higher.put(raised.id(), Math.min(raised.maxStep(), ratings.getOrDefault(raised.id(), 0) + 1));
            if (!ratings.containsKey(raised.id())) {
                continue; // rating a dimension that was unrated is not raising it
            }
            for (String track : List.of("ic", "mgr")) {
                assertThat(rank(estimate(track, higher)))
                        .as("trial %d, raising %s on %s", trial, raised.slug(), track)
                        .isGreaterThanOrEqualTo(rank(estimate(track, ratings)));
            }
        }
    }

    private static int rank(Optional<String> level) {
        return level.map(slug -> level(slug).rankInTrack()).orElse(0);
    }
}
