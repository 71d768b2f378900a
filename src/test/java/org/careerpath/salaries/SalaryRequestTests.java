package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The salary filters are read value by value: bad ones are left out with a message, good ones kept. */
class SalaryRequestTests {

    static final SalaryOptions OPTIONS = new SalaryOptions(
            BandMother.PLACES,
            List.of(BandMother.WORLD, BandMother.US, BandMother.CA),
            List.of(2024, 2023),
            List.of(BandMother.source("survey", 1, 2025)),
            List.of(ModelMother.level(3, "senior", "individual-contributor", 3)),
            List.of(
                    new SurveyTitle("Machine Learning Engineer", "ic", 5841, 1),
                    new SurveyTitle("AI Engineer", "ic", 651, 3)));

    static SalaryRequest parse(Map<String, String[]> params) {
        return SalaryRequest.parse(params, OPTIONS);
    }

    @Test
    void goodFiltersAreKept() {
        SalaryRequest r = parse(Map.of(
                "location", new String[] {"US-CA"},
                "level", new String[] {"senior"},
                "year", new String[] {"2024"},
                "basis", new String[] {"gross"},
                "title", new String[] {"AI Engineer", "Machine Learning Engineer"}));

        assertThat(r.valid()).isTrue();
        assertThat(r.filter().location()).isEqualTo("US-CA");
        assertThat(r.filter().year()).isEqualTo(2024);
        assertThat(r.filter().titles()).containsExactlyInAnyOrder("AI Engineer", "Machine Learning Engineer");
        assertThat(r.filter().query()).contains("location=US-CA", "title=AI+Engineer");
        assertThat(parse(Map.of()).filter()).isEqualTo(SalaryFilter.none());
        // a country without figures of its own can still be asked about
        assertThat(parse(Map.of("location", new String[] {"IN"})).filter().location())
                .isEqualTo("IN");
    }

    @Test
    void everyKindOfBadValueIsLeftOutWithAMessage() {
        record Case(String name, String param, String[] values, String message) {}
        List<Case> cases = List.of(
                new Case("unknown location", "location", new String[] {"XX"}, "We have no location “XX”"),
                new Case("unknown level", "level", new String[] {"archmage"}, "We have no level “archmage”"),
                new Case("unknown source", "source", new String[] {"seed-001"}, "We have no source"),
                new Case("unknown year", "year", new String[] {"1999"}, "We have no year “1999”"),
                new Case("malformed year", "year", new String[] {"20x4"}, "“20x4” is not a year"),
                new Case("unknown basis", "basis", new String[] {"net"}, "We have no pay basis"),
                new Case("NUL", "location", new String[] {"US\u0000"}, "a NUL byte"),
                new Case(
                        "5,000 characters",
                        "location",
                        new String[] {"U".repeat(5000)},
                        "too long to be one (5000 characters)"),
                new Case("repeated", "location", new String[] {"US", "US-CA"}, "given 2 times"),
                new Case("unknown title", "title", new String[] {"Wizard"}, "not one of the survey titles"),
                new Case("NUL in a title", "title", new String[] {"AI\u0000"}, "a NUL byte"));
        for (Case c : cases) {
            Map<String, String[]> params = new java.util.HashMap<>();
            params.put("level", new String[] {"senior"});
            params.put(c.param(), c.values());
            SalaryRequest r = parse(params);
            assertThat(r.valid()).as(c.name()).isFalse();
            assertThat(r.errors()).as(c.name()).anySatisfy(e -> assertThat(e).contains(c.message()));
            assertThat(r.errors())
                    .as(c.name())
                    .allSatisfy(e -> assertThat(e).doesNotContain("\u0000").hasSizeLessThan(300));
            // what was good is still applied
            if (!c.param().equals("level")) {
                assertThat(r.filter().level()).as(c.name()).isEqualTo("senior");
            }
            assertThat(r.filter().location()).as(c.name()).isIn("US", "US-CA", "WORLD");
        }
    }
}
