package org.careerpath.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.careerpath.api.CareerModelApi.LevelRef;
import org.careerpath.api.CareerModelApi.SourceRef;
import org.careerpath.salaries.BandView;
import org.careerpath.salaries.LevelPay;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.salaries.SalarySelection;
import org.careerpath.web.PublicPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Api.BASE)
@Tag(name = "Salaries", description = "Pay at every level, each figure with its statistic, basis and source.")
class SalaryApiController {

    @Schema(description = "The filters as applied.")
    record Filters(
            @Schema(example = "US") String location,
            @Schema(example = "senior", nullable = true) String level,

            @Schema(example = "aijobs-observations", nullable = true)
            String source,

            @Schema(example = "gross", nullable = true) String basis,
            @Schema(example = "2024", nullable = true) Integer year,

            @Schema(
                    description = "The survey titles the computed bands count (all counted titles when empty).",
                    example = "[\"Machine Learning Engineer\"]")
            Set<String> titles) {}

    @Schema(description = "One pay figure: its statistic, basis, place, year, sample size and source.")
    record Band(
            @Schema(example = "118") long id,

            @Schema(
                    description = "The level it is for (null for the whole occupation).",
                    example = "senior",
                    nullable = true)
            String level,

            @Schema(example = "15-2051", nullable = true) String occupationCode,

            @Schema(example = "Machine Learning Engineer, senior (SE)")
            String label,

            @Schema(
                    allowableValues = {
                        "percentiles",
                        "median",
                        "mean",
                        "range",
                        "median-range",
                        "single",
                        "lower-bound",
                        "upper-bound",
                        "p90"
                    },
                    example = "percentiles")
            String statistic,

            @Schema(example = "Percentiles (P10–P90) and median")
            String statisticLabel,

            @Schema(
                    allowableValues = {"base", "gross", "total", "unspecified"},
                    example = "gross")
            String basis,

            @Schema(example = "Gross salary") String basisLabel,
            @Schema(example = "US") String locationCode,
            @Schema(example = "United States") String location,
            @Schema(example = "2024", nullable = true) Integer year,
            @Schema(example = "USD") String currency,
            @Schema(example = "annual") String period,
            @Schema(example = "120000", nullable = true) BigDecimal p10,
            @Schema(example = "150000", nullable = true) BigDecimal p25,
            @Schema(example = "185000", nullable = true) BigDecimal median,
            @Schema(example = "230000", nullable = true) BigDecimal p75,
            @Schema(example = "280000", nullable = true) BigDecimal p90,
            @Schema(example = "191000", nullable = true) BigDecimal mean,
            @Schema(example = "150000", nullable = true) BigDecimal min,
            @Schema(example = "250000", nullable = true) BigDecimal max,

            @Schema(description = "A single quoted figure (statistic not stated).", example = "210000", nullable = true)
            BigDecimal singleFigure,

            @Schema(description = "How many survey responses it was computed from.", example = "1520", nullable = true)
            Integer n,

            @Schema(
                    description = "Employment in the occupation (official statistics).",
                    example = "245900",
                    nullable = true)
            Integer employment,

            @Schema(description = "Whether CareerPath computed it from the survey's rows.", example = "true")
            boolean computed,

            @Schema(description = "The survey's experience levels it counts.", example = "SE", nullable = true)
            String surveyLevels,

            @Schema(description = "Whether it is the level's central figure.", example = "true")
            boolean central,

            @Schema(example = "Self-reported; gross salary in US dollars.", nullable = true)
            String note,

            SourceRef source) {

        static Band of(BandView b, boolean central) {
            return new Band(
                    b.id(),
                    b.levelSlug(),
                    b.occupationCode(),
                    b.label(),
                    b.statistic(),
                    b.statisticLabel(),
                    b.payBasis(),
                    b.basisLabel(),
                    b.locationCode(),
                    b.locationName(),
                    b.year(),
                    b.currency(),
                    b.period(),
                    b.p10(),
                    b.p25(),
                    b.median(),
                    b.p75(),
                    b.p90(),
                    b.mean(),
                    b.minAmount(),
                    b.maxAmount(),
                    b.amount(),
                    b.sampleSize(),
                    b.employment(),
                    b.computed(),
                    b.experienceLevels(),
                    central,
                    b.note(),
                    SourceRef.of(b.source()));
        }
    }

    @Schema(description = "One level's pay: every figure, the central one and why.")
    record LevelPayItem(
            LevelRef level,
            @Schema(example = "US") String locationAsked,

            @Schema(
                    description = "Where the figures are from, when the place asked for has none.",
                    example = "US",
                    nullable = true)
            String locationShown,

            @Schema(description = "The range across sources.", example = "$150,000–$260,000", nullable = true)
            String range,

            @Schema(
                    description = "Why the central figure is the one the portal treats as central.",
                    example = "The largest sample for this level and place.",
                    nullable = true)
            String centralReason,

            @Schema(
                    description = "Set when the central figure is below the level under it, and why.",
                    nullable = true,
                    example = "Only one source covers this level here.")
            String belowLevelUnder,

            @Schema(description = "Every figure for the level, the central one marked.")
            List<Band> figures) {

        static LevelPayItem of(LevelPay p) {
            return new LevelPayItem(
                    LevelRef.of(p.level()),
                    p.asked().code(),
                    p.shown() == null ? null : p.shown().code(),
                    p.rangeText().isEmpty() ? null : p.rangeText(),
                    p.centralReason(),
                    p.belowLevelUnder(),
                    p.bands().stream().map(b -> Band.of(b, b == p.central())).toList());
        }
    }

    @Schema(description = "Pay at every level and for the whole occupation, with the filters applied.")
    record SalaryReport(
            Filters filters,

            @Schema(description = "Bands computed from fewer responses are not shown.", example = "10")
            int minimumSampleSize,

            @Schema(description = "Each level's figures from every source, the central one marked.")
            List<LevelPayItem> levels,

            @Schema(description = "The survey's bands CareerPath computed for these levels, each with its n.")
            List<Band> computedBands,

            @Schema(description = "Official figures for the whole occupation (not by level), for the place asked.")
            List<Band> occupationFigures,

            @Schema(description = "Every source these figures cite.")
            List<SourceRef> sources) {}

    private final SalaryCatalogue salaries;

    SalaryApiController(SalaryCatalogue salaries) {
        this.salaries = salaries;
    }

    @Operation(summary = "Salaries by level, with the same filters as the salaries page", operationId = "getSalaries")
    @PublicPage(
            params = {"location", "level", "source", "basis", "year", "title"},
            strict = true)
    @GetMapping("/salaries")
    SalaryReport salaries(
            @Parameter(description = "A country, state, metro area or region code.", example = "US")
                    @RequestParam(required = false)
                    String location,
            @Parameter(description = "Only this level.", example = "senior") @RequestParam(required = false)
                    String level,
            @Parameter(description = "Only this source.", example = "aijobs-observations")
                    @RequestParam(required = false)
                    String source,
            @Parameter(description = "base, gross, total or unspecified.", example = "gross")
                    @RequestParam(required = false)
                    String basis,
            @Parameter(description = "Only figures of this year.", example = "2024") @RequestParam(required = false)
                    Integer year,
            @Parameter(
                            description = "Survey titles to count (repeatable).",
                            example = "[\"Machine Learning Engineer\"]")
                    @RequestParam(required = false)
                    List<String> title,
            HttpServletRequest request) {
        SalarySelection s = salaries.select(request.getParameterMap());
        if (!s.valid()) {
            throw ApiProblem.badParameter(s.parameters().get(0), s.errors().get(0));
        }
        var f = s.filter();
        return new SalaryReport(
                new Filters(f.location(), f.level(), f.source(), f.basis(), f.year(), f.titles()),
                org.careerpath.salaries.Salaries.MIN_SAMPLE,
                s.levels().stream().map(LevelPayItem::of).toList(),
                s.levels().stream()
                        .flatMap(p -> p.bands().stream())
                        .filter(BandView::computed)
                        .map(b -> Band.of(b, false))
                        .toList(),
                s.occupations().bands().stream().map(b -> Band.of(b, false)).toList(),
                s.salaries().sources().stream().map(SourceRef::of).toList());
    }
}
