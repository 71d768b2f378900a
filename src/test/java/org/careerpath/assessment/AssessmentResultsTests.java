package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.Certifications;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.salaries.Salaries;
import org.careerpath.skills.Category;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.Proficiency;
import org.careerpath.skills.Skill;
import org.careerpath.skills.Skills;
import org.junit.jupiter.api.Test;

/** The results of an assessment are worked out from the stored answers and the content alone. */
class AssessmentResultsTests {

    static final Level JUNIOR = level(1, "junior", 1);
    static final Level SENIOR = level(2, "senior", 2);
    static final Ladder LADDER = new Ladder(List.of(new Track("ic", "IC", "", null, List.of(JUNIOR, SENIOR))));

    static Level level(long id, String slug, int rank) {
        return new Level(
                id,
                slug,
                slug + " engineer",
                slug,
                "ic",
                "Individual contributor",
                rank,
                0,
                null,
                "",
                "",
                "",
                null,
                null,
                "",
                3,
                slug);
    }

    static Skill skill(long id, String slug, String category) {
        return new Skill(id, slug, slug + " skill", category, category + " name", "", "", "advice for " + slug);
    }

    /** Five skills in two categories; junior expects 1 everywhere, senior expects 3 (the fifth: 2). */
    static Skills skills() {
        List<Skill> a = List.of(skill(1, "a1", "a"), skill(2, "a2", "a"), skill(3, "a3", "a"));
        List<Skill> b = List.of(skill(4, "b1", "b"), skill(5, "b2", "b"));
        List<Expectation> expectations = new ArrayList<>();
        for (Skill s : List.of(a.get(0), a.get(1), a.get(2), b.get(0), b.get(1))) {
            expectations.add(expectation(JUNIOR, s, 1));
            expectations.add(expectation(SENIOR, s, s.id() == 5 ? 2 : 3));
        }
        List<Proficiency> scale = List.of(
                new Proficiency(0, "none", ""),
                new Proficiency(1, "aware", ""),
                new Proficiency(2, "working", ""),
                new Proficiency(3, "practitioner", ""),
                new Proficiency(4, "expert", ""));
        return new Skills(
                scale,
                List.of(new Category("a", "a name", "", true, a), new Category("b", "b name", "", false, b)),
                Map.of(),
                expectations,
                LADDER);
    }

    static Expectation expectation(Level level, Skill skill, int value) {
        return Expectation.of(level, skill, value, "", "");
    }

    static Revision revision(int number, Level target, Map<Long, Integer> ratings) {
        return new Revision(number, number, target.id(), null, BigDecimal.ONE, OffsetDateTime.now(), ratings);
    }

    static AssessmentResult result(StoredAssessment stored, Certifications certifications) {
        return AssessmentResults.of(
                stored, skills(), certifications, new Salaries(List.of(), List.of(), Optional.empty(), LADDER));
    }

    @Test
    void estimatesTheHighestLevelMetAndListsTheGapsLargestFirst() {
        Map<Long, Integer> ratings = Map.of(1L, 1, 2L, 3, 3L, 2, 4L, 3, 5L, 2);
        StoredAssessment stored = new StoredAssessment(1, "t", revision(1, SENIOR, ratings), null, Set.of(3L));

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.estimated()).isEqualTo(JUNIOR);
        assertThat(r.metOverall()).isEqualTo(3);
        assertThat(r.totalOverall()).isEqualTo(5);
        assertThat(r.gaps()).extracting(SkillGap::slug).containsExactly("a1", "a3");
        assertThat(r.gaps().get(0).size()).isEqualTo(2);
        assertThat(r.gaps().get(0).advice()).isEqualTo("advice for a1");
        assertThat(r.gaps().get(0).expectedName()).isEqualTo("practitioner");
        assertThat(r.ticked()).isEqualTo(1);
        assertThat(r.readiness()).extracting(CategoryReadiness::met).containsExactly(1, 2);
        assertThat(r.readiness().get(0).averageRatingText()).isEqualTo("2.0");
    }

    @Test
    void meetingEveryExpectationOfTheTargetEstimatesTheTargetAndLeavesNoGap() {
        Map<Long, Integer> ratings = Map.of(1L, 3, 2L, 3, 3L, 4, 4L, 3, 5L, 2);
        StoredAssessment stored = new StoredAssessment(1, "t", revision(1, SENIOR, ratings), null, Set.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.estimated()).isEqualTo(SENIOR);
        assertThat(r.gaps()).isEmpty();
        assertThat(r.targetFit().percent()).isEqualTo(100);
    }

    @Test
    void reportsWhatChangedAndWhichGapsClosedSinceThePreviousRevision() {
        Map<Long, Integer> before = Map.of(1L, 1, 2L, 3, 3L, 2, 4L, 3, 5L, 2);
        Map<Long, Integer> after = Map.of(1L, 3, 2L, 3, 3L, 2, 4L, 3, 5L, 1);
        StoredAssessment stored =
                new StoredAssessment(1, "t", revision(2, SENIOR, after), revision(1, SENIOR, before), Set.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.changes()).extracting(RatingChange::slug).containsExactly("a1", "b2");
        assertThat(r.changes().get(0).rose()).isTrue();
        assertThat(r.changes().get(1).rose()).isFalse();
        assertThat(r.closedGaps()).containsExactly("a1 skill");
    }

    @Test
    void gapsCarryTheCertificationsThatCoverThemActiveFirst() {
        Certification retired = certification(1, "Old", "retired", 3L);
        Certification active = certification(2, "New", "active", 3L);
        Map<Long, Integer> ratings = Map.of(1L, 3, 2L, 3, 3L, 1, 4L, 3, 5L, 2);
        StoredAssessment stored = new StoredAssessment(1, "t", revision(1, SENIOR, ratings), null, Set.of());

        AssessmentResult r = result(stored, new Certifications(List.of(retired, active)));

        assertThat(r.gaps().get(0).certifications())
                .extracting(Certification::name)
                .containsExactly("New", "Old");
    }

    static Certification certification(long id, String name, String status, long skillId) {
        return new Certification(
                id,
                name.toLowerCase(),
                name,
                null,
                "P",
                null,
                null,
                "n/a",
                "exam",
                null,
                null,
                status,
                null,
                "active".equals(status) ? null : java.time.LocalDate.of(2024, 1, 1),
                null,
                "https://x",
                "",
                Set.of(skillId),
                Set.of());
    }
}
