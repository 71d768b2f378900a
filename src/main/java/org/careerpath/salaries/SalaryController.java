package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.careerpath.levels.LevelService;
import org.careerpath.levels.LevelSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class SalaryController {

    private final SalaryService salaries;
    private final LevelService levels;

    SalaryController(SalaryService salaries, LevelService levels) {
        this.salaries = salaries;
        this.levels = levels;
    }

    /** The request's filters, with what was not understood. */
    record Filters(SalaryFilter filter, List<String> ignored) {}

    /** Keeps the filters that name something that exists; lists the rest so the page can say so. */
    private Filters filters(SalaryService.Options options, String location, String source, String basis, String year) {
        List<String> ignored = new ArrayList<>();
        String loc = known(
                location,
                options.locations().stream().map(SalaryService.Location::code).toList(),
                "location",
                ignored);
        String src =
                known(source, options.sources().stream().map(SourceView::slug).toList(), "source", ignored);
        String bas = known(basis, SalaryFilter.BASES, "pay basis", ignored);
        String yr = known(year, options.years().stream().map(String::valueOf).toList(), "year", ignored);
        return new Filters(new SalaryFilter(loc, src, bas, yr == null ? null : Integer.valueOf(yr)), ignored);
    }

    /** The value if it is one of the choices; otherwise null, noted in {@code ignored} when something was given. */
    private static String known(String value, List<String> choices, String what, List<String> ignored) {
        String text = blankToNull(value);
        if (text == null || choices.contains(text)) {
            return text;
        }
        ignored.add(what + " “" + shorten(text) + "”");
        return null;
    }

    /** Bands grouped for the page: one section per level in ladder order, whole occupations last. */
    record Section(String id, String title, LevelSummary level, List<BandView> bands, SalaryChart chart) {}

    @GetMapping("/salaries")
    String salaries(
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String year,
            Model model) {
        SalaryService.Options options = salaries.options();
        Filters filters = filters(options, location, source, basis, year);
        List<BandView> bands = salaries.bands(filters.filter());
        BigDecimal scale = SalaryChart.scaleTop(bands);
        List<Section> sections = new ArrayList<>();
        for (LevelSummary level : levels.ladder()) {
            List<BandView> forLevel = bands.stream()
                    .filter(b -> Objects.equals(b.levelId(), level.id()))
                    .toList();
            sections.add(new Section(
                    "level-" + level.slug(), level.name(), level, forLevel, SalaryChart.of(forLevel, scale)));
        }
        List<BandView> occupations =
                bands.stream().filter(b -> b.levelId() == null).toList();
        sections.add(new Section(
                "occupations",
                "Whole occupations, all levels (BLS)",
                null,
                occupations,
                SalaryChart.of(occupations, scale)));
        model.addAttribute("filter", filters.filter());
        model.addAttribute("ignored", filters.ignored());
        model.addAttribute("sections", sections);
        model.addAttribute("bandCount", bands.size());
        model.addAttribute("locations", options.locations());
        model.addAttribute("sources", options.sources());
        model.addAttribute("years", options.years());
        model.addAttribute("bases", SalaryFilter.BASES);
        model.addAttribute("lastImport", salaries.lastImport().orElse(null));
        model.addAttribute("minSample", SalaryService.MIN_SAMPLE);
        model.addAttribute("query", query(filters.filter()));
        return "salaries/index";
    }

    @GetMapping(value = "/salaries.csv", produces = "text/csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String year) {
        List<BandView> bands = salaries.bands(
                filters(salaries.options(), location, source, basis, year).filter());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careerpath-salaries.csv\"")
                .body(SalaryCsv.of(bands));
    }

    @GetMapping(value = "/api/salaries", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String year) {
        Filters filters = filters(salaries.options(), location, source, basis, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filters", filters.filter());
        body.put("ignoredFilters", filters.ignored());
        body.put("currency", "USD");
        body.put("period", "annual");
        body.put(
                "bands",
                salaries.bands(filters.filter()).stream().map(SalaryCsv::fields).toList());
        return body;
    }

    /** A level's median from one source, and the change to the next chosen level. */
    record Step(String fromLevel, String toLevel, BigDecimal fromMedian, BigDecimal toMedian) {

        public BigDecimal difference() {
            return toMedian.subtract(fromMedian);
        }

        public String differenceText() {
            BigDecimal d = difference();
            return (d.signum() >= 0 ? "+" : "−") + BandView.money(d.abs());
        }

        public String percentText() {
            BigDecimal pct = difference().multiply(BigDecimal.valueOf(100)).divide(fromMedian, 1, RoundingMode.HALF_UP);
            return (pct.signum() >= 0 ? "+" : "−") + pct.abs().toPlainString() + "%";
        }
    }

    record SourceComparison(String source, List<BandView> medians, List<Step> steps) {}

    @GetMapping("/salaries/compare")
    String compare(@RequestParam(required = false) String levels, Model model) {
        List<LevelSummary> ladder = this.levels.ladder();
        List<String> asked = levels == null || levels.isBlank()
                ? List.of("senior", "staff", "principal")
                : List.of(levels.split(",")).stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .limit(8)
                        .toList();
        List<LevelSummary> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String slug : asked) {
            Optional<LevelSummary> level =
                    ladder.stream().filter(l -> l.slug().equals(slug)).findFirst();
            level.ifPresentOrElse(chosen::add, () -> unknown.add(shorten(slug)));
        }
        model.addAttribute("ladder", ladder);
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "chosenSlugs", chosen.stream().map(LevelSummary::slug).toList());
        model.addAttribute("unknown", unknown);
        if (chosen.size() < 2) {
            model.addAttribute("tooFew", true);
            return "salaries/compare";
        }
        List<BandView> bands = salaries.bands(new SalaryFilter("US", null, null, null));
        Map<Long, List<BandView>> byLevel = new LinkedHashMap<>();
        for (LevelSummary level : chosen) {
            byLevel.put(
                    level.id(),
                    bands.stream()
                            .filter(b -> Objects.equals(b.levelId(), level.id()))
                            .toList());
        }
        // for each source: the median it gives at each chosen level (the latest year when it has several)
        Map<String, Map<Long, BandView>> medians = new LinkedHashMap<>();
        for (LevelSummary level : chosen) {
            for (BandView band : byLevel.get(level.id())) {
                if (band.median() != null) {
                    medians.computeIfAbsent(band.sourceSlug(), k -> new LinkedHashMap<>())
                            .merge(level.id(), band, (a, b) -> a.year() >= b.year() ? a : b);
                }
            }
        }
        List<SourceComparison> comparisons = new ArrayList<>();
        for (var entry : medians.entrySet()) {
            List<BandView> row =
                    chosen.stream().map(l -> entry.getValue().get(l.id())).toList();
            List<Step> steps = new ArrayList<>();
            for (int i = 1; i < chosen.size(); i++) {
                BandView a = row.get(i - 1);
                BandView b = row.get(i);
                if (a != null && b != null) {
                    steps.add(new Step(chosen.get(i - 1).name(), chosen.get(i).name(), a.median(), b.median()));
                }
            }
            comparisons.add(new SourceComparison(entry.getKey(), row, steps));
        }
        model.addAttribute("bandsByLevel", byLevel);
        model.addAttribute("comparisons", comparisons);
        model.addAttribute(
                "withSteps",
                comparisons.stream().filter(c -> !c.steps().isEmpty()).toList());
        return "salaries/compare";
    }

    private static String query(SalaryFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.location() != null) parts.add("location=" + encode(filter.location()));
        if (filter.source() != null) parts.add("source=" + encode(filter.source()));
        if (filter.basis() != null) parts.add("basis=" + encode(filter.basis()));
        if (filter.year() != null) parts.add("year=" + filter.year());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
