package org.careerpath.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelFact;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.Step;
import org.careerpath.skills.StepAdvice;
import org.careerpath.sources.Source;

/** The shapes the API gives the career model in: tracks, levels, dimensions, expectations and the matrix. */
final class CareerModelApi {

    private CareerModelApi() {}

    @Schema(description = "A level, named: enough to find it.")
    record LevelRef(
            @Schema(example = "4") long id,
            @Schema(example = "staff") String slug,

            @Schema(example = "Staff Machine Learning Engineer")
            String name,

            @Schema(example = "Staff") String shortName) {

        static LevelRef of(Level level) {
            return level == null ? null : new LevelRef(level.id(), level.slug(), level.name(), level.shortName());
        }
    }

    @Schema(description = "A career track (individual contributor or manager) and its levels in order.")
    record TrackItem(
            @Schema(example = "1") long id,
            @Schema(example = "individual-contributor") String slug,
            @Schema(example = "Individual contributor") String name,

            @Schema(example = "Grow by the reach of your own technical work.")
            String description,

            @Schema(
                    description = "The level people usually leave for this track's first level, if any.",
                    example = "senior",
                    nullable = true)
            String branchesFrom,

            @Schema(description = "The track's levels, lowest first.")
            List<LevelRef> levels) {}

    @Schema(description = "A source a reader can check.")
    record SourceRef(
            @Schema(example = "aijobs-observations") String slug,
            @Schema(example = "aijobs.net") String publisher,

            @Schema(example = "AI, ML, Data Science Salary Survey")
            String title,

            @Schema(description = "The year it was published, or \"undated\".", example = "2025")
            String year,

            @Schema(description = "When CareerPath read it.", example = "2025-01-19", nullable = true)
            LocalDate dateRead,

            @Schema(example = "https://aijobs.net/salaries/download/", nullable = true)
            String url,

            @Schema(description = "Where the source record is shown on the site.", example = "/sources#aijobs")
            String page) {

        static SourceRef of(Source source) {
            return source == null
                    ? null
                    : new SourceRef(
                            source.slug(),
                            source.publisher(),
                            source.title(),
                            source.yearText(),
                            source.dateRead(),
                            source.url(),
                            "/sources#" + source.slug());
        }
    }

    @Schema(description = "A level of the ladder.")
    record LevelItem(
            @Schema(example = "3") long id,
            @Schema(example = "senior") String slug,

            @Schema(example = "Senior Machine Learning Engineer")
            String name,

            @Schema(example = "Senior") String shortName,
            @Schema(example = "individual-contributor") String track,

            @Schema(description = "Its place in the track, from 1.", example = "3")
            int rankInTrack,

            @Schema(description = "Typical years of experience, as CareerPath states them.", example = "5–8 years")
            String experience,

            @Schema(example = "Owns ML systems end to end") String focus,
            @Schema(example = "A team's ML systems") String scopeOfImpact,

            @Schema(example = "Designs, ships and runs ML systems on their own.")
            String summary,

            @Schema(description = "CareerPath's central figure for time in the level.", example = "2–4 years")
            String timeInLevel,

            @Schema(description = "The SFIA level of responsibility it corresponds to.", example = "5")
            int sfiaLevel,

            @Schema(
                    description = "Set when the level is no longer offered to new assessments.",
                    example = "2026-03-31",
                    nullable = true)
            LocalDate retiredAt,

            @Schema(description = "Its page on the site.", example = "/levels/senior")
            String page) {

        static LevelItem of(Level l) {
            return new LevelItem(
                    l.id(),
                    l.slug(),
                    l.name(),
                    l.shortName(),
                    l.trackSlug(),
                    l.rankInTrack(),
                    l.experience(),
                    l.focus(),
                    l.scopeOfImpact(),
                    l.summary(),
                    l.timeInLevel(),
                    l.sfiaLevel(),
                    l.retiredAt(),
                    "/levels/" + l.slug());
        }
    }

    @Schema(description = "What one source says about a level: years of experience or time in the level.")
    record LevelFactItem(
            @Schema(
                    allowableValues = {"experience", "time-in-level"},
                    example = "experience")
            String kind,

            @Schema(description = "How the source names the level.", example = "Senior")
            String label,

            @Schema(example = "5", nullable = true) BigDecimal minYears,
            @Schema(example = "8", nullable = true) BigDecimal maxYears,
            @Schema(example = "5–8 years") String range,

            @Schema(example = "Stated for US technology companies.", nullable = true)
            String note,

            SourceRef source) {

        static LevelFactItem of(LevelFact f) {
            return new LevelFactItem(
                    f.kind(), f.label(), f.minYears(), f.maxYears(), f.rangeText(), f.note(), SourceRef.of(f.source()));
        }
    }

    @Schema(description = "What a level expects on one dimension: the step and the behaviour at that level.")
    record Statement(
            @Schema(example = "scope-of-work") String dimension,
            @Schema(example = "Scope of work") String dimensionName,

            @Schema(
                    allowableValues = {"technical", "impact", "people"},
                    example = "impact")
            String kind,

            @Schema(example = "impact") String category,
            @Schema(example = "senior") String level,

            @Schema(example = "Senior Machine Learning Engineer")
            String levelName,

            @Schema(description = "The expected step on the dimension's scale.", example = "3")
            int step,

            @Schema(example = "A team's systems") String stepName,

            @Schema(example = "Owns a team's ML systems and the roadmap for them.")
            String statement,

            @Schema(
                    description = "Whether this level expects more here than the level people come from.",
                    example = "true")
            boolean defining) {

        static Statement of(Expectation e, boolean defining) {
            return new Statement(
                    e.dimensionSlug(),
                    e.dimensionName(),
                    e.dimensionKind(),
                    e.categorySlug(),
                    e.levelSlug(),
                    e.levelName(),
                    e.value(),
                    e.stepName(),
                    e.statement(),
                    defining);
        }
    }

    @Schema(description = "A level with what it expects on every dimension and what sources say about it.")
    record LevelDetail(
            LevelItem level,

            @Schema(description = "The level below it in its track (or the one people come from).", nullable = true)
            LevelRef below,

            @Schema(description = "The level above it in its track.", nullable = true)
            LevelRef above,

            @Schema(description = "Typical experience, key skills and hands-on time, and who says so.")
            List<LevelFactItem> facts,

            @Schema(description = "Its expectation on every active dimension, in catalogue order.")
            List<Statement> statements) {}

    @Schema(description = "A dimension, named: enough to find it.")
    record DimensionRef(
            @Schema(example = "drift-detection") String slug,
            @Schema(example = "Drift detection") String name,

            @Schema(
                    allowableValues = {"technical", "impact", "people"},
                    example = "technical")
            String kind) {

        static DimensionRef of(Dimension d) {
            return new DimensionRef(d.slug(), d.name(), d.kind());
        }
    }

    @Schema(description = "A category of dimensions (a pillar of ML engineering, impact, people management).")
    record CategoryItem(
            @Schema(example = "3") long id,
            @Schema(example = "mlops") String slug,
            @Schema(example = "MLOps and production") String name,

            @Schema(example = "Running models in production.")
            String description,

            @Schema(
                    allowableValues = {"technical", "impact", "people"},
                    example = "technical")
            String kind,

            @Schema(description = "Whether it is one of the pillars of ML engineering.", example = "true")
            boolean pillar,

            @Schema(example = "false") boolean retired,
            List<DimensionRef> dimensions) {}

    @Schema(description = "Something each level expects and the assessment rates: a skill or a dimension.")
    record DimensionItem(
            @Schema(example = "12") long id,
            @Schema(example = "drift-detection") String slug,
            @Schema(example = "Drift detection") String name,

            @Schema(
                    allowableValues = {"technical", "impact", "people"},
                    example = "technical")
            String kind,

            @Schema(description = "The top of its scale (4 for skills, 5 for impact and people).", example = "4")
            int maxStep,

            @Schema(example = "mlops") String category,

            @Schema(example = "Noticing when live data stops looking like the training data.")
            String description,

            @Schema(example = "Models decay quietly.") String whyItMatters,
            @Schema(example = "2026-03-31", nullable = true) LocalDate retiredAt,
            @Schema(example = "/skills/drift-detection") String page) {

        static DimensionItem of(Dimension d) {
            return new DimensionItem(
                    d.id(),
                    d.slug(),
                    d.name(),
                    d.kind(),
                    d.maxStep(),
                    d.categorySlug(),
                    d.description(),
                    d.whyItMatters(),
                    d.retiredAt(),
                    "/skills/" + d.slug());
        }
    }

    @Schema(description = "One step of a dimension's scale.")
    record StepItem(
            @Schema(example = "3") int value,
            @Schema(example = "practitioner") String name,

            @Schema(example = "Does it unaided on real systems.")
            String description) {

        static StepItem of(Step s) {
            return new StepItem(s.value(), s.name(), s.description());
        }
    }

    @Schema(description = "What to do to make one step (from step - 1 to step).")
    record AdviceItem(
            @Schema(example = "3") int step,

            @Schema(example = "Own the drift monitoring of one production model.")
            String work,

            @Schema(example = "A drift dashboard with alert thresholds.")
            String artefact,

            @Schema(example = "An alert that caught a real shift.")
            String evidence) {

        static AdviceItem of(StepAdvice a) {
            return new AdviceItem(a.step(), a.work(), a.artefact(), a.evidence());
        }
    }

    @Schema(description = "A dimension with its scale, what each level expects, and per-step advice.")
    record DimensionDetail(
            DimensionItem dimension,
            List<StepItem> steps,

            @Schema(description = "What every level expects on it, in ladder order.")
            List<Statement> statements,

            @Schema(description = "Advice for each step up its scale.")
            List<AdviceItem> advice) {}

    @Schema(description = "One dimension's expected step at every level.")
    record MatrixRow(
            DimensionRef dimension,
            @Schema(example = "mlops") String category,

            @Schema(description = "Level slug to expected step.", example = "{\"senior\": 3, \"staff\": 4}")
            Map<String, Integer> expected) {}

    @Schema(description = "The whole skills matrix: every active dimension's expected step at every level.")
    record Matrix(List<LevelRef> levels, List<MatrixRow> rows) {}
}
