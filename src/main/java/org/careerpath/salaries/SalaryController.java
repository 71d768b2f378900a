package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;
import org.careerpath.web.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class SalaryController {

    private final SalaryCatalogue catalogue;

    SalaryController(SalaryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The filters of the salary pages and downloads, as sent: bound once, checked against what exists. */
    record SalaryQuery(String location, String source, String basis, String year) {

        /** Keeps the filters that name something that exists; lists the rest so the page can say so. */
        Filters resolve(SalaryOptions options) {
            List<String> ignored = new ArrayList<>();
            String loc = known(
                    location,
                    options.locations().stream().map(SalaryLocation::code).toList(),
                    "location",
                    ignored);
            String src =
                    known(source, options.sources().stream().map(Source::slug).toList(), "source", ignored);
            String bas = known(basis, SalaryFilter.BASES, "pay basis", ignored);
            String yr =
                    known(year, options.years().stream().map(String::valueOf).toList(), "year", ignored);
            return new Filters(new SalaryFilter(loc, src, bas, yr == null ? null : Integer.valueOf(yr)), ignored);
        }

        private static String known(String value, List<String> choices, String what, List<String> ignored) {
            String text = value == null || value.isBlank() ? null : value.strip();
            if (text == null || choices.contains(text)) {
                return text;
            }
            ignored.add(what + " “" + shorten(text) + "”");
            return null;
        }
    }

    /** The request's filters, with what was not understood. */
    record Filters(SalaryFilter filter, List<String> ignored) {}

    /** Bands grouped for the page: one section per level in ladder order, whole occupations last. */
    record Section(String id, String title, Level level, List<BandView> bands, SalaryChart chart) {}

    @ModelAttribute("salaryQuery")
    SalaryQuery salaryQuery(
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String year) {
        return new SalaryQuery(location, source, basis, year);
    }

    @GetMapping("/salaries")
    String salaries(@ModelAttribute("salaryQuery") SalaryQuery query, Model model) {
        Salaries all = catalogue.load();
        SalaryOptions options = all.options();
        Filters filters = query.resolve(options);
        List<BandView> bands = all.bands(filters.filter());
        BigDecimal scale = SalaryChart.scaleTop(bands);
        List<Section> sections = new ArrayList<>();
        for (Level level : all.ladder().levels()) {
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
        model.addAttribute("sourceOptions", options.sourceChoices());
        model.addAttribute("basisOptions", SalaryFilter.BASIS_CHOICES);
        model.addAttribute("yearOptions", options.yearChoices());
        model.addAttribute("lastImport", all.lastImport().orElse(null));
        model.addAttribute("minSample", Salaries.MIN_SAMPLE);
        model.addAttribute("query", filters.filter().query());
        return "salaries/index";
    }

    @GetMapping(value = "/salaries.csv", produces = "text/csv")
    ResponseEntity<String> csv(@ModelAttribute("salaryQuery") SalaryQuery query) {
        Salaries all = catalogue.load();
        List<BandView> bands = all.bands(query.resolve(all.options()).filter());
        return Csv.download(
                "careerpath-salaries.csv",
                BandFields.HEADER,
                bands.stream()
                        .map(b -> new ArrayList<>(BandFields.of(b).values()))
                        .toList());
    }

    @GetMapping(value = "/api/salaries", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@ModelAttribute("salaryQuery") SalaryQuery query) {
        Salaries all = catalogue.load();
        Filters filters = query.resolve(all.options());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filters", filters.filter());
        body.put("ignoredFilters", filters.ignored());
        body.put("currency", "USD");
        body.put("period", "annual");
        body.put(
                "bands",
                all.bands(filters.filter()).stream().map(BandFields::of).toList());
        return body;
    }

    @GetMapping("/salaries/compare")
    String compare(@RequestParam(required = false) List<String> levels, Model model) {
        Salaries all = catalogue.load();
        List<Level> ladder = all.ladder().levels();
        List<String> asked = levels == null || levels.stream().allMatch(String::isBlank)
                ? List.of("senior", "staff", "principal")
                : levels.stream()
                        .flatMap(value -> List.of(value.split(",")).stream())
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .limit(8)
                        .toList();
        List<Level> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String slug : asked) {
            Optional<Level> level =
                    ladder.stream().filter(l -> l.slug().equals(slug)).findFirst();
            level.ifPresentOrElse(chosen::add, () -> unknown.add(shorten(slug)));
        }
        model.addAttribute("ladder", ladder);
        model.addAttribute("chosenSlugs", chosen.stream().map(Level::slug).toList());
        model.addAttribute("unknown", unknown);
        if (chosen.size() < 2) {
            model.addAttribute("tooFew", true);
            return "salaries/compare";
        }
        model.addAttribute("comparison", SalaryComparison.of(chosen, all.usBandsByLevel(chosen)));
        return "salaries/compare";
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
