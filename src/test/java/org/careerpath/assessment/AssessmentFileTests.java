package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerpath.skills.CareerModel;
import org.junit.jupiter.api.Test;

/** The export format read and written without a database: a round trip, and every kind of bad file. */
class AssessmentFileTests {

    static final CareerModel MODEL = AssessmentResultsTests.MODEL;

    static long id(String slug) {
        return AssessmentResultsTests.id(slug);
    }

    static final OffsetDateTime T1 = OffsetDateTime.of(2026, 5, 2, 18, 4, 11, 520_000_000, ZoneOffset.UTC);
    static final OffsetDateTime T2 = OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    static AssessmentFile.Contents sample() {
        Revision first = new Revision(
                0,
                1,
                AssessmentResultsTests.level("senior").id(),
                "before my promo review",
                new BigDecimal("6.5"),
                T1,
                Map.of(id("serving"), 3, id("scope"), 2),
                Set.of(id("hiring")));
        Revision second = new Revision(
                0,
                2,
                AssessmentResultsTests.level("staff").id(),
                null,
                null,
                T2,
                Map.of(id("serving"), 3, id("scope"), 3, id("influence"), 3),
                Set.of());
        AssessmentFile.Opinion opinion = new AssessmentFile.Opinion(
                1,
                "Ada “the manager” O’Neil",
                T2.plusDays(1),
                2,
                List.of(
                        new MentorAnswer(id("scope"), 2, "Team-wide.\nNot yet wider."),
                        new MentorAnswer(id("hiring"), null, null)));
        return new AssessmentFile.Contents(List.of(first, second), Set.of(id("scope")), List.of(opinion));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        String text = AssessmentFile.write(sample(), MODEL, T2);

        AssessmentFile.Contents back = AssessmentFile.read(text, MODEL);

        assertThat(back.revisions()).hasSize(2);
        assertThat(back.revisions().get(0))
                .usingRecursiveComparison()
                .ignoringFields("yearsExperience")
                .isEqualTo(sample().revisions().get(0));
        assertThat(back.revisions().get(0).yearsExperience()).isEqualByComparingTo("6.5");
        assertThat(back.revisions().get(1))
                .usingRecursiveComparison()
                .isEqualTo(sample().revisions().get(1));
        assertThat(back.ticks()).isEqualTo(sample().ticks());
        assertThat(back.opinions()).usingRecursiveComparison().isEqualTo(sample().opinions());
        // and writing again gives the same text
        assertThat(AssessmentFile.write(back, MODEL, T2)).isEqualTo(text);
        assertThat(text).contains("\"format\" : \"careerpath-assessment\"", "\"hiring\" : null");
    }

    static String valid() {
        return AssessmentFile.write(sample(), MODEL, T2.plusDays(30));
    }

    record Bad(String name, String file, String path, String message) {}

    @Test
    void aBadFileIsRefusedNamingTheFieldThatIsWrong() {
        List<Bad> cases = List.of(
                new Bad("not JSON", "this is not json", "$", "not valid JSON"),
                new Bad("truncated", valid().substring(0, 80), "$", "not valid JSON (line"),
                new Bad("a JSON list", "[1, 2]", "$", "no JSON object"),
                new Bad(
                        "another format",
                        valid().replace("careerpath-assessment", "other"),
                        "format",
                        "not a CareerPath"),
                new Bad(
                        "another version",
                        valid().replace("\"version\" : 1", "\"version\" : 2"),
                        "version",
                        "version 2"),
                new Bad("no version", valid().replace("\"version\" : 1,", ""), "version", "which version"),
                new Bad(
                        "rating out of range",
                        valid().replace("\"serving\" : 3", "\"serving\" : 7"),
                        "revisions[0].ratings.serving",
                        "from 0 to 4"),
                new Bad(
                        "rating not whole",
                        valid().replace("\"serving\" : 3", "\"serving\" : 2.5"),
                        "revisions[0].ratings.serving",
                        "whole number"),
                new Bad(
                        "unknown dimension",
                        valid().replace("\"serving\" : 3", "\"telepathy\" : 3"),
                        "revisions[0].ratings.telepathy",
                        "no dimension called"),
                new Bad(
                        "unknown level",
                        valid().replace("\"target\" : \"senior\"", "\"target\" : \"archmage\""),
                        "revisions[0].target",
                        "no level called"),
                new Bad(
                        "NUL in a label",
                        valid().replace("before my promo review", "before\\u0000review"),
                        "revisions[0].label",
                        "NUL"),
                new Bad(
                        "oversized comment",
                        valid().replace("Team-wide.", "x".repeat(1001)),
                        "mentorOpinions[0].ratings.scope.comment",
                        "At most 1000"),
                new Bad(
                        "falling revision numbers",
                        valid().replace("\"number\" : 2", "\"number\" : 1"),
                        "revisions[1].number",
                        "must rise"),
                new Bad(
                        "opinion on a missing revision",
                        valid().replace("\"revision\" : 2", "\"revision\" : 9"),
                        "mentorOpinions[0].revision",
                        "no revision 9"),
                new Bad("a misspelt field", valid().replace("\"ticks\"", "\"tick\""), "tick", "not part of version 1"),
                new Bad(
                        "a duplicated field",
                        valid().replace("\"format\" :", "\"version\" : 1, \"format\" :"),
                        "$",
                        "Duplicate"),
                new Bad(
                        "a bad date",
                        valid().replace("2026-09-01T08:00:00Z", "yesterday"),
                        "revisions[1].savedAt",
                        "yesterday"),
                new Bad(
                        "no revisions",
                        "{\"format\": \"careerpath-assessment\", \"version\": 1, \"revisions\": []}",
                        "revisions",
                        "at least one"));
        for (Bad bad : cases) {
            assertThatThrownBy(() -> AssessmentFile.read(bad.file(), MODEL))
                    .as(bad.name())
                    .isInstanceOf(AssessmentFile.Invalid.class)
                    .hasMessageContaining(bad.message())
                    .satisfies(e -> assertThat(((AssessmentFile.Invalid) e).path())
                            .as(bad.name())
                            .isEqualTo(bad.path()));
        }
    }
}
