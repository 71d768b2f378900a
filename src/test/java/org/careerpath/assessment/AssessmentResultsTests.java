package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.Certifications;
import org.careerpath.levels.Level;
import org.careerpath.salaries.Salaries;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The results of an assessment are worked out from the stored answers and the content alone. */
class AssessmentResultsTests {

    /**
     * Three technical skills, two impact dimensions and one people dimension on a small ladder: "junior",
     * "senior" and "staff" on the IC track, "manager" branching from "senior". Staff is defined by the impact
     * dimensions, the manager by the people dimension; security is flat across the IC track.
     */
    static final CareerModel MODEL = ModelMother.model()
            .track("ic", null, "junior", "senior", "staff")
            .track("mgr", "senior", "manager")
            .dimension("serving", Dimension.TECHNICAL, "junior", 2, "senior", 3, "staff", 3, "manager", 2)
            .dimension("monitoring", Dimension.TECHNICAL, "junior", 2, "senior", 3, "staff", 3, "manager", 2)
            .dimension("security", Dimension.TECHNICAL, "junior", 3, "senior", 3, "staff", 3, "manager", 2)
            .dimension("scope", Dimension.IMPACT, "junior", 2, "senior", 3, "staff", 4, "manager", 3)
            .dimension("influence", Dimension.IMPACT, "junior", 2, "senior", 3, "staff", 4, "manager", 3)
            .dimension("hiring", Dimension.PEOPLE, "junior", 1, "senior", 2, "staff", 2, "manager", 3)
            .build();

    static long id(String slug) {
        return MODEL.bySlug(slug).orElseThrow().id();
    }

    static Level level(String slug) {
        return MODEL.ladder().bySlug(slug).orElseThrow();
    }

    static Map<Long, Integer> ratings(Object... slugValues) {
        Map<Long, Integer> ratings = new HashMap<>();
        for (int i = 0; i < slugValues.length; i += 2) {
            ratings.put(id((String) slugValues[i]), (Integer) slugValues[i + 1]);
        }
        return ratings;
    }

    static Revision revision(int number, String target, Map<Long, Integer> ratings) {
        return revision(number, target, ratings, Set.of());
    }

    static Revision revision(int number, String target, Map<Long, Integer> ratings, Set<Long> unsure) {
        return new Revision(
                number, number, level(target).id(), null, BigDecimal.ONE, OffsetDateTime.now(), ratings, unsure);
    }

    static AssessmentResult result(StoredAssessment stored, Certifications certifications) {
        return AssessmentResults.of(
                stored,
                MODEL,
                certifications,
                new Salaries(
                        List.of(),
                        List.of(),
                        List.of(),
                        org.careerpath.salaries.Locations.of(List.of(
                                new org.careerpath.salaries.SalaryLocation("WORLD", "All countries", "world", null, 0),
                                new org.careerpath.salaries.SalaryLocation(
                                        "US", "United States", "country", "WORLD", 1))),
                        List.of(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        MODEL.ladder()));
    }

    /** Senior in every way that defines Senior, one step short on security (which does not). */
    static final Map<Long, Integer> SOLID_SENIOR =
            ratings("serving", 3, "monitoring", 3, "security", 2, "scope", 3, "influence", 3, "hiring", 2);

    @Test
    void estimatesEachTrackAndPutsTheDimensionsThatDefineTheTargetFirst() {
        StoredAssessment stored =
                new StoredAssessment(1, revision(1, "staff", SOLID_SENIOR), null, Set.of(), List.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.estimates())
                .extracting(e -> e.estimated() == null ? null : e.estimated().slug())
                .containsExactly("senior", null);
        assertThat(r.estimated().slug()).isEqualTo("senior");
        // security is as large a gap as the impact ones, but impact is what defines Staff
        assertThat(r.gaps()).extracting(DimensionGap::slug).containsExactly("scope", "influence", "security");
        assertThat(r.gaps().get(0).defining()).isTrue();
        assertThat(r.gaps().get(2).defining()).isFalse();
        assertThat(r.focus()).hasSize(3);
        assertThat(r.focus().get(0).focusReason()).contains("staff name expects more of this than senior name");
        assertThat(r.targetMatch().definingMet()).isZero();
        assertThat(r.targetMatch().definingRated()).isEqualTo(2);
    }

    @Test
    void theAdviceShownIsForTheStepThePersonFaces() {
        StoredAssessment stored =
                new StoredAssessment(1, revision(1, "staff", SOLID_SENIOR), null, Set.of(), List.of());

        DimensionGap scope =
                result(stored, new Certifications(List.of())).gaps().get(0);

        assertThat(scope.rating().value()).isEqualTo(3);
        assertThat(scope.next().value()).isEqualTo(4);
        assertThat(scope.advice().step()).isEqualTo(4);
        assertThat(scope.advice().work()).isEqualTo("work towards 4");
        assertThat(scope.expected().statement()).isEqualTo("scope at staff");
    }

    @Test
    void forTheManagerTrackThePeopleDimensionsComeFirst() {
        Map<Long, Integer> ratings =
                ratings("serving", 1, "monitoring", 1, "security", 1, "scope", 3, "influence", 3, "hiring", 2);
        StoredAssessment stored = new StoredAssessment(1, revision(1, "manager", ratings), null, Set.of(), List.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        // the technical gaps are the same size, but hiring is what the manager track adds
        assertThat(r.gaps())
                .extracting(DimensionGap::slug)
                .containsExactly("hiring", "serving", "monitoring", "security");
        assertThat(r.gaps().get(0).defining()).isTrue();
        assertThat(r.focus().get(0).focusReason()).contains("manager name");
    }

    @Test
    void dimensionsNotRatedAreListedAndCountAsNeitherMetNorMissed() {
        Map<Long, Integer> ratings = ratings("serving", 3, "monitoring", 3, "security", 3, "hiring", 2);
        StoredAssessment stored = new StoredAssessment(1, revision(1, "staff", ratings), null, Set.of(), List.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.notRatedYet()).extracting(Dimension::slug).containsExactly("scope", "influence");
        assertThat(r.gaps()).isEmpty();
        assertThat(r.targetMatch().rated()).isEqualTo(4);
        assertThat(r.targetMatch().met()).isEqualTo(4);
        // Staff is defined by the two unrated impact dimensions: it cannot be confirmed
        assertThat(r.targetMatch().enoughAnswers()).isFalse();
        assertThat(r.onTargetTrack().estimated().slug()).isEqualTo("senior");
    }

    @Test
    void reportsWhatChangedAndWhichGapsClosedSinceThePreviousRevision() {
        Map<Long, Integer> before = new HashMap<>(SOLID_SENIOR);
        Map<Long, Integer> after = new HashMap<>(SOLID_SENIOR);
        after.put(id("security"), 3);
        after.put(id("scope"), 4);
        StoredAssessment stored =
                new StoredAssessment(1, revision(2, "staff", after), revision(1, "staff", before), Set.of(), List.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.changes()).extracting(RatingChange::slug).containsExactly("security", "scope");
        assertThat(r.changes().get(0).rose()).isTrue();
        assertThat(r.closedGaps()).containsExactly("security name", "scope name");
    }

    @Test
    void onlyCertificationsStillOfferedAreSuggested() {
        Certification retired = certification(1, "Old", "retired", id("security"));
        Certification retiring = certification(2, "Going", "retiring", id("security"));
        Certification active = certification(3, "New", "active", id("security"));
        StoredAssessment stored =
                new StoredAssessment(1, revision(1, "staff", SOLID_SENIOR), null, Set.of(), List.of());

        DimensionGap security = result(stored, new Certifications(List.of(retired, retiring, active))).gaps().stream()
                .filter(g -> g.slug().equals("security"))
                .findFirst()
                .orElseThrow();

        assertThat(security.certifications()).extracting(Certification::name).containsExactly("New", "Going");
        assertThat(security.noLongerOffered()).extracting(Certification::name).containsExactly("Old");
    }

    @Test
    void ticksCountOnlyForDimensionsThatAreStillGaps() {
        StoredAssessment stored = new StoredAssessment(
                1, revision(1, "staff", SOLID_SENIOR), null, Set.of(id("scope"), id("serving")), List.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.ticked()).isEqualTo(1);
        assertThat(r.gaps().get(0).ticked()).isTrue();
    }

    @Test
    void notSureCountsAsNeitherMetNorAGapAndIsCountedApart() {
        Map<Long, Integer> ratings = new HashMap<>(SOLID_SENIOR);
        ratings.remove(id("security"));
        ratings.remove(id("scope"));
        StoredAssessment stored = new StoredAssessment(
                1, revision(1, "staff", ratings, Set.of(id("security"), id("scope"))), null, Set.of(), List.of());

        AssessmentResult r = result(stored, new Certifications(List.of()));

        assertThat(r.unsure()).extracting(Dimension::slug).containsExactly("security", "scope");
        assertThat(r.notRatedYet()).isEmpty();
        assertThat(r.gaps()).extracting(DimensionGap::slug).containsExactly("influence");
        assertThat(r.targetMatch().rated()).isEqualTo(4);
        assertThat(r.ratings())
                .filteredOn(x -> x.dimension().slug().equals("scope"))
                .singleElement()
                .satisfies(x -> assertThat(x.ratingLabel()).isEqualTo("not sure"));
    }

    @Test
    void aMentorsViewSitsBesideTheOwnersWithDifferencesOfTwoStepsMarked() {
        MentorOpinion opinion = new MentorOpinion(
                7,
                "Alex",
                OffsetDateTime.now(),
                1,
                false,
                Map.of(
                        id("scope"), new MentorAnswer(id("scope"), 1, "Scope is the team's, not wider."),
                        id("serving"), new MentorAnswer(id("serving"), 4, null),
                        id("security"), new MentorAnswer(id("security"), 2, null),
                        id("hiring"), new MentorAnswer(id("hiring"), null, "Not seen yet.")));
        StoredAssessment stored =
                new StoredAssessment(1, revision(2, "staff", SOLID_SENIOR), null, Set.of(), List.of(opinion));

        MentorComparison m =
                result(stored, new Certifications(List.of())).mentors().get(0);

        assertThat(m.rows())
                .extracting(row -> row.dimension().slug())
                .containsExactly("serving", "security", "scope", "hiring");
        assertThat(m.marked()).extracting(row -> row.dimension().slug()).containsExactly("scope");
        assertThat(m.marked().get(0).differenceText()).isEqualTo("\u22122");
        assertThat(m.bothRated()).isEqualTo(3);
        assertThat(m.agreed()).isEqualTo(1);
        assertThat(m.rows().get(3).mentorText()).isEqualTo("not sure");
        assertThat(m.earlierRevision()).isTrue();
    }

    @Test
    void theHistoryHasAPointPerRevisionWithItsReadinessAndChanges() {
        Map<Long, Integer> better = new HashMap<>(SOLID_SENIOR);
        better.put(id("scope"), 4);
        better.put(id("influence"), 4);
        better.put(id("security"), 3);
        List<Revision> revisions = List.of(
                revision(1, "senior", SOLID_SENIOR), revision(2, "staff", SOLID_SENIOR), revision(3, "staff", better));

        AssessmentHistory h = AssessmentHistory.of(revisions, MODEL);

        assertThat(h.points()).extracting(AssessmentHistory.Point::number).containsExactly(1, 2, 3);
        // Senior: 5 of 6 met; Staff before: 3 of 6; Staff after: all 6
        assertThat(h.points()).extracting(p -> p.match().percent()).containsExactly(83, 50, 100);
        assertThat(h.points().get(1).previousTarget().slug()).isEqualTo("senior");
        assertThat(h.points().get(2).changes())
                .extracting(RatingChange::slug)
                .containsExactlyInAnyOrder("security", "scope", "influence");
        assertThat(h.points().get(2).estimated().slug()).isEqualTo("staff");
        // higher readiness is drawn higher on the chart
        assertThat(h.dots().get(2).metY()).isLessThan(h.dots().get(0).metY());
        assertThat(h.dots().get(0).metY()).isLessThan(h.dots().get(1).metY());
        assertThat(h.metLine().split(" ")).hasSize(3);
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
                "active".equals(status) ? null : LocalDate.of(2026, 6, 30),
                null,
                "https://x",
                "",
                Set.of(skillId),
                Set.of());
    }
}
