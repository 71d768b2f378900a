package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** Reconciling a level's figures, and choosing them for a place: no Spring, no database. */
class LevelPayTests {

    static final Level SENIOR = ModelMother.level(3, "senior", "individual-contributor", 1);
    static final Level STAFF = ModelMother.level(4, "staff", "individual-contributor", 2);
    static final Level EM = ModelMother.level(5, "manager", "manager", 1);
    static final Level SEM = ModelMother.level(6, "senior-manager", "manager", 2);
    static final Ladder LADDER = new Ladder(List.of(
            new Track(0L, "individual-contributor", "IC", "", null, List.of(SENIOR, STAFF)),
            new Track(0L, "manager", "Managers", "", "senior", List.of(EM, SEM))));

    static Salaries salaries(List<BandView> published, List<BandView> computed) {
        return new Salaries(
                List.of(),
                published,
                computed,
                BandMother.PLACES,
                List.of(),
                Set.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                LADDER);
    }

    @Test
    void theSurveyIsCentralAndTheRangeTakesMediansMeansSingleFiguresAndRangesButNotBounds() {
        var guide = BandMother.source("guide", 5, 2026);
        var overview = BandMother.source("overview", 7, null);
        LevelPay pay = LevelPay.of(
                SENIOR,
                BandMother.US,
                BandMother.US,
                List.of(
                        BandMother.band(SENIOR).from(guide).median(181_300).build(),
                        BandMother.band(SENIOR)
                                .from(overview)
                                .range(114_840, 145_270)
                                .build(),
                        BandMother.band(SENIOR).from(overview).topTenth(506_000).build(),
                        BandMother.band(SENIOR).from(guide).atLeast(400_000).build(),
                        BandMother.band(SENIOR)
                                .computed(2968, 135_400, 161_200, 201_730, 259_000, 312_200)
                                .build()));

        assertThat(pay.central().computed()).isTrue();
        assertThat(pay.centralText()).isEqualTo("median $201,730");
        assertThat(pay.centralReason()).contains("2,968 survey responses for 2024", "gross salary");
        assertThat(pay.rangeText()).isEqualTo("$114,840–$201,730");
        assertThat(pay.sources()).hasSize(3);
    }

    @Test
    void withoutTheSurveyADatedMedianComesBeforeAMeanASingleFigureARangeAndABound() {
        var dated = BandMother.source("dated", 9, 2025);
        var undated = BandMother.source("undated", 1, null);
        List<BandView> bands = List.of(
                BandMother.band(SENIOR).from(undated).atLeast(250_000).build(),
                BandMother.band(SENIOR).from(undated).range(150_000, 200_000).build(),
                BandMother.band(SENIOR).from(undated).single(210_000).build(),
                BandMother.band(SENIOR).from(undated).mean(177_000).build(),
                BandMother.band(SENIOR).from(undated).median(170_000).build(),
                BandMother.band(SENIOR).from(dated).median(180_000).build());
        for (int drop = 0; drop < bands.size(); drop++) {
            List<BandView> left = bands.subList(drop, bands.size());
            LevelPay pay = LevelPay.of(SENIOR, BandMother.US, BandMother.US, left);
            assertThat(pay.central()).as("with %d figures", left.size()).isSameAs(left.get(left.size() - 1));
        }
    }

    @Test
    void aPlaceWithoutFiguresFallsBackToTheNearestWiderPlaceAndSaysSo() {
        var overview = BandMother.source("overview", 7, null);
        BandView sf = BandMother.band(SENIOR)
                .from(overview)
                .at(BandMother.SF)
                .single(258_810)
                .build();
        BandView us =
                BandMother.band(SENIOR).computed(2968, 1, 2, 201_730, 4, 5).build();
        Salaries salaries = salaries(List.of(sf), List.of(us));

        LevelPay atSf = salaries.pay(SENIOR, filter("US-CA-SF"));
        LevelPay inCalifornia = salaries.pay(SENIOR, filter("US-CA"));

        assertThat(atSf.fallback()).isFalse();
        assertThat(atSf.central()).isSameAs(sf);
        assertThat(atSf.centralText()).isEqualTo("a single figure of $258,810");
        assertThat(inCalifornia.fallback()).isTrue();
        assertThat(inCalifornia.shown().code()).isEqualTo("US");
        assertThat(inCalifornia.bands()).containsExactly(us);
        // a level no place in the chain has figures for: the United States, the one place every level has
        LevelPay worldwide = salaries.pay(SENIOR, filter("WORLD"));
        assertThat(worldwide.shown().code()).isEqualTo("US");
    }

    @Test
    void aLevelPaidLessThanTheOneBelowIsMarkedAsTheSourcesFindingNeverAMixOfSources() {
        var guide = BandMother.source("guide", 5, 2026);
        Salaries sameSource = salaries(
                List.of(),
                List.of(
                        BandMother.band(EM).computed(236, 1, 2, 250_000, 4, 5).build(),
                        BandMother.band(SEM).computed(116, 1, 2, 243_300, 4, 5).build(),
                        BandMother.band(SENIOR)
                                .computed(2968, 1, 2, 200_000, 4, 5)
                                .build()));

        List<LevelPay> pay = sameSource.pay(SalaryFilter.none());

        LevelPay sem =
                pay.stream().filter(p -> p.level().equals(SEM)).findFirst().orElseThrow();
        assertThat(sem.belowLevelUnder())
                .contains("is below manager name's", "n = 116 and 236", "We show it as reported");
        assertThat(pay.stream()
                        .filter(p -> p.level().equals(EM))
                        .findFirst()
                        .orElseThrow()
                        .belowLevelUnder())
                .isNull();

        Salaries mixed = salaries(
                List.of(BandMother.band(STAFF).from(guide).median(190_000).build()),
                List.of(BandMother.band(SENIOR)
                        .computed(2968, 1, 2, 200_000, 4, 5)
                        .build()));
        LevelPay staff = mixed.pay(SalaryFilter.none()).stream()
                .filter(p -> p.level().equals(STAFF))
                .findFirst()
                .orElseThrow();
        assertThat(staff.belowLevelUnder()).contains("different sources", "not compared", "range across sources");
    }

    static SalaryFilter filter(String location) {
        return new SalaryFilter(location, null, null, null, null, Set.of());
    }
}
