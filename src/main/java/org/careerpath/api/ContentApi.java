package org.careerpath.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.careerpath.api.CareerModelApi.LevelRef;
import org.careerpath.api.CareerModelApi.SourceRef;
import org.careerpath.certifications.Certification;
import org.careerpath.guides.GuideEntry;
import org.careerpath.guides.MoveBetween;
import org.careerpath.guides.Role;
import org.careerpath.sources.Source;

/** The shapes the API gives roles, guides, moves, certifications and sources in. */
final class ContentApi {

    private ContentApi() {}

    @Schema(description = "A role with a guide: a level of the ladder, or a neighbouring job.")
    record RoleItem(
            @Schema(example = "3") long id,
            @Schema(example = "senior-ml-engineer") String slug,

            @Schema(example = "Senior Machine Learning Engineer")
            String title,

            @Schema(
                    description = "The ladder's track, or \"neighbours\" for a neighbouring job.",
                    example = "individual-contributor")
            String group,

            @Schema(example = "Owns ML systems end to end.") String summary,

            @Schema(
                    description = "The US SOC occupation code its pay statistics use.",
                    example = "15-2051",
                    nullable = true)
            String socCode,

            @Schema(example = "Data Scientists", nullable = true)
            String socTitle,

            @Schema(description = "Its level of the ladder (ladder roles).", nullable = true)
            LevelRef level,

            @Schema(description = "The level people usually move in from (neighbouring roles).", nullable = true)
            LevelRef entryLevel,

            @Schema(example = "/guides/senior-ml-engineer") String page) {

        static RoleItem of(Role r) {
            return new RoleItem(
                    r.id(),
                    r.slug(),
                    r.title(),
                    r.group(),
                    r.summary(),
                    r.socCode(),
                    r.socTitle(),
                    LevelRef.of(r.level()),
                    LevelRef.of(r.entryLevel()),
                    "/guides/" + r.slug());
        }
    }

    @Schema(description = "One entry of a guide's section: a responsibility, a tool, a question, an answer.")
    record EntryItem(
            @Schema(example = "Experiment tracking", nullable = true)
            String category,

            @Schema(example = "Own a model from idea to production", nullable = true)
            String heading,

            @Schema(example = "Frames the problem, ships the model and keeps it healthy.")
            String body,

            @Schema(example = "Typical at Senior and above.", nullable = true)
            String detail) {

        static EntryItem of(GuideEntry e) {
            return new EntryItem(e.category(), e.heading(), e.body(), e.detail());
        }
    }

    @Schema(description = "One section of a guide, with its anchor on the guide page.")
    record SectionItem(
            @Schema(example = "responsibilities") String slug,
            @Schema(example = "Responsibilities") String title,
            List<EntryItem> entries) {}

    @Schema(description = "A source a guide draws on and what for.")
    record GuideSourceItem(
            SourceRef source,

            @Schema(example = "Responsibilities at this level")
            String usedFor) {}

    @Schema(description = "A role's guide, section by section.")
    record RoleDetail(
            RoleItem role,

            @Schema(example = "Senior ML engineers own systems end to end.", nullable = true)
            String overview,

            @Schema(example = "A morning of design review, an afternoon of debugging a pipeline.", nullable = true)
            String dayInWork,

            @Schema(example = "2026-05-01", nullable = true) LocalDate lastReviewed,
            List<SectionItem> sections,
            List<GuideSourceItem> sources) {}

    @Schema(description = "A move people make from one role to another.")
    record MoveItem(
            @Schema(example = "senior-ml-engineer") String from,

            @Schema(example = "Senior Machine Learning Engineer")
            String fromTitle,

            @Schema(example = "staff-ml-engineer") String to,

            @Schema(example = "Staff Machine Learning Engineer")
            String toTitle,

            @Schema(
                    allowableValues = {"next", "lateral"},
                    example = "next")
            String kind,

            @Schema(example = "Wider scope: several teams' systems.", nullable = true)
            String note) {

        static MoveItem of(MoveBetween m) {
            return new MoveItem(m.fromSlug(), m.fromTitle(), m.toSlug(), m.toTitle(), m.kind(), m.note());
        }
    }

    @Schema(description = "A certification with its status and dates, cost and validity.")
    record CertificationItem(
            @Schema(example = "7") long id,
            @Schema(example = "aws-ml-engineer-associate") String slug,

            @Schema(example = "AWS Certified Machine Learning Engineer – Associate")
            String name,

            @Schema(example = "MLA-C01", nullable = true) String code,
            @Schema(example = "Amazon Web Services") String provider,

            @Schema(
                    allowableValues = {"active", "retiring", "retired"},
                    example = "active")
            String status,

            @Schema(description = "When it was first offered.", example = "2024-10-08", nullable = true)
            LocalDate availableSince,

            @Schema(description = "When it retired or will retire.", example = "2026-03-31", nullable = true)
            LocalDate statusDate,

            @Schema(
                    description = "What replaces it, if anything.",
                    example = "AWS Certified Generative AI Developer",
                    nullable = true)
            String successor,

            @Schema(description = "Exam fee in US dollars (lowest).", example = "150", nullable = true)
            BigDecimal costUsdMin,

            @Schema(
                    description = "Exam fee in US dollars (highest, where it varies).",
                    example = "165",
                    nullable = true)
            BigDecimal costUsdMax,

            @Schema(example = "$150 (USD)") String cost,
            @Schema(example = "3 years") String validity,
            @Schema(example = "65 questions, 130 minutes") String examFormat,

            @Schema(example = "Building and running ML workloads on AWS.")
            String summary,

            @Schema(example = "https://aws.amazon.com/certification/", nullable = true)
            String url,

            @Schema(example = "/certifications/aws-ml-engineer-associate")
            String page) {

        static CertificationItem of(Certification c) {
            return new CertificationItem(
                    c.id(),
                    c.slug(),
                    c.name(),
                    c.code(),
                    c.provider(),
                    c.status(),
                    c.availableSince(),
                    c.statusDate(),
                    c.successorName(),
                    c.costUsdMin(),
                    c.costUsdMax(),
                    c.costWithCurrency(),
                    c.validity(),
                    c.examFormat(),
                    c.summary(),
                    c.url(),
                    "/certifications/" + c.slug());
        }
    }

    @Schema(description = "A source record: who published it, its title, year, when CareerPath read it.")
    record SourceItem(
            @Schema(example = "9") long id,
            @Schema(example = "aijobs-observations") String slug,
            @Schema(example = "aijobs.net") String publisher,
            @Schema(example = "Foorilla", nullable = true) String author,

            @Schema(example = "AI, ML, Data Science Salary Survey")
            String title,

            @Schema(description = "The year it was published, or \"undated\".", example = "2025")
            String year,

            @Schema(example = "2025-01-19", nullable = true) LocalDate dateRead,

            @Schema(example = "https://aijobs.net/salaries/download/", nullable = true)
            String url,

            @Schema(
                    allowableValues = {"official", "survey", "framework", "guide", "editorial"},
                    example = "survey")
            String kind,

            @Schema(
                    description = "How its figures were made.",
                    example = "Self-reported salaries, CC0.",
                    nullable = true)
            String method,

            @Schema(example = "aijobs.net, 2025") String citation) {

        static SourceItem of(Source s) {
            return new SourceItem(
                    s.id(),
                    s.slug(),
                    s.publisher(),
                    s.author(),
                    s.title(),
                    s.yearText(),
                    s.dateRead(),
                    s.url(),
                    s.kind(),
                    s.methodNote(),
                    s.citation());
        }
    }
}
