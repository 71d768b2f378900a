package org.careerpath.salaries;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.web.Csv;
import org.careerpath.web.PublicPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SalaryController {

    private final SalaryCatalogue catalogue;

    SalaryController(SalaryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One level's figures on the page, drawn twice (wide and narrow). */
    record Section(String id, Level level, LevelPay pay, SalaryChart wide, SalaryChart narrow) {}

    /** The sections of one track. */
    record TrackSections(Track track, List<Section> sections) {}

    /** The filters as asked and the figures they select. */
    private SalarySelection select(HttpServletRequest http) {
        return catalogue.select(http.getParameterMap());
    }

    private static List<LevelPay> levels(SalarySelection s) {
        return s.levels();
    }

    @PublicPage(params = {"location", "level", "source", "basis", "year", "title"})
    @GetMapping("/salaries")
    String salaries(HttpServletRequest http, HttpServletResponse response, Model model) {
        SalarySelection s = select(http);
        if (!s.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return salariesPage(s, model);
    }

    /** The salaries page for a selection: of the published figures, or of figures with a draft applied. */
    String salariesPage(SalarySelection s, Model model) {
        Salaries all = s.salaries();
        SalaryFilter filter = s.filter();
        List<LevelPay> levels = levels(s);
        OccupationPay occupations = all.occupations(filter);
        List<BandView> shown = new ArrayList<>();
        levels.forEach(p -> shown.addAll(p.bands()));
        BigDecimal scale = SalaryChart.scaleTop(shown);
        List<TrackSections> tracks = new ArrayList<>();
        for (Track track : all.ladder().tracks()) {
            List<Section> sections = new ArrayList<>();
            for (LevelPay pay : levels) {
                if (pay.level().trackSlug().equals(track.slug())) {
                    sections.add(new Section(
                            "level-" + pay.level().slug(),
                            pay.level(),
                            pay,
                            SalaryChart.of(pay.bands(), scale, SalaryChart.Layout.WIDE),
                            SalaryChart.of(pay.bands(), scale, SalaryChart.Layout.NARROW)));
                }
            }
            if (!sections.isEmpty()) {
                tracks.add(new TrackSections(track, sections));
            }
        }
        BigDecimal occupationScale = SalaryChart.scaleTop(occupations.bands());
        SalaryOptions options = all.options(filter.location());
        model.addAttribute("filter", filter);
        model.addAttribute("errors", s.errors());
        model.addAttribute("asked", all.locations().get(filter.location()));
        model.addAttribute("tracks", tracks);
        model.addAttribute("occupations", occupations);
        model.addAttribute(
                "occupationWide", SalaryChart.of(occupations.bands(), occupationScale, SalaryChart.Layout.WIDE));
        model.addAttribute(
                "occupationNarrow", SalaryChart.of(occupations.bands(), occupationScale, SalaryChart.Layout.NARROW));
        model.addAttribute("projections", all.projections());
        model.addAttribute("options", options);
        model.addAttribute("salaries", all);
        model.addAttribute("minSample", Salaries.MIN_SAMPLE);
        model.addAttribute("maxRejected", Math.round(SalaryImporter.MAX_REJECTED_SHARE * 100));
        model.addAttribute("lastImport", all.lastImport().orElse(null));
        model.addAttribute("query", filter.query());
        return "salaries/index";
    }

    @PublicPage(params = {"location", "level", "source", "basis", "year", "title"})
    @GetMapping("/salaries.csv")
    ResponseEntity<String> csv(HttpServletRequest http) {
        SalarySelection s = select(http);
        if (!s.valid()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("The download was not made: " + String.join(" ", s.errors()) + "\n");
        }
        List<Map<String, Object>> rows = BandFields.rows(
                levels(s), s.salaries().occupations(s.filter()), s.filter().location());
        return Csv.download(
                "careerpath-salaries.csv",
                BandFields.HEADER,
                rows.stream()
                        .map(r -> new ArrayList<Object>(r.values()))
                        .map(r -> (List<?>) r)
                        .toList());
    }

    @PublicPage(params = {"location", "level", "source", "basis", "year", "title"})
    @GetMapping("/api/salaries")
    ResponseEntity<Map<String, Object>> json(HttpServletRequest http) {
        SalarySelection s = select(http);
        Map<String, Object> body = new LinkedHashMap<>();
        if (!s.valid()) {
            body.put("errors", s.errors());
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }
        Salaries all = s.salaries();
        SalaryFilter filter = s.filter();
        body.put("filters", filter);
        body.put("currency", "USD");
        body.put("period", "annual");
        body.put("surveyTitles", all.chosenTitles().stream().sorted().toList());
        body.put("minimumSampleSize", Salaries.MIN_SAMPLE);
        List<Map<String, Object>> levels = new ArrayList<>();
        for (LevelPay pay : levels(s)) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", pay.level().slug());
            level.put("name", pay.level().name());
            level.put("locationAsked", pay.asked().code());
            level.put("locationShown", pay.shown() == null ? null : pay.shown().code());
            level.put("rangeAcrossSources", pay.rangeText().isEmpty() ? null : pay.rangeText());
            level.put(
                    "central",
                    pay.central() == null
                            ? null
                            : pay.central().figureText() + " (" + pay.central().citation() + ")");
            level.put("centralReason", pay.centralReason());
            level.put("belowLevelUnder", pay.belowLevelUnder());
            level.put(
                    "figures",
                    pay.bands().stream()
                            .map(b -> BandFields.of(b, "level", filter.location(), b == pay.central()))
                            .toList());
            levels.add(level);
        }
        body.put("levels", levels);
        body.put(
                "occupations",
                all.occupations(filter).bands().stream()
                        .map(b -> BandFields.of(b, "occupation", filter.location(), false))
                        .toList());
        body.put(
                "projections",
                all.projections().stream()
                        .map(p -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("occupation_code", p.occupationCode());
                            row.put("occupation", p.occupationName());
                            row.put("base_year", p.baseYear());
                            row.put("target_year", p.targetYear());
                            row.put("employment_base_thousands", BandFields.plain(p.employmentBase()));
                            row.put("employment_target_thousands", BandFields.plain(p.employmentTarget()));
                            row.put("change_thousands", BandFields.plain(p.change()));
                            row.put("change_percent", BandFields.plain(p.changePercent()));
                            row.put("openings_per_year_thousands", BandFields.plain(p.openingsPerYear()));
                            row.put("median_wage", BandFields.plain(p.medianWage()));
                            row.put("median_wage_year", p.medianWageYear());
                            row.put("entry_education", p.entryEducation());
                            row.put("source", p.source().reference());
                            row.put("source_url", p.source().url());
                            return row;
                        })
                        .toList());
        body.put(
                "sources",
                all.sources().stream()
                        .map(src -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("source", src.slug());
                            row.put("publisher", src.publisher());
                            row.put("title", src.title());
                            row.put("year", src.yearText());
                            row.put(
                                    "dateRead",
                                    src.dateRead() == null
                                            ? null
                                            : src.dateRead().toString());
                            row.put("url", src.url());
                            row.put("method", src.methodNote());
                            return row;
                        })
                        .toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @PublicPage(params = {"levels", "location", "level", "source", "basis", "year", "title"})
    @GetMapping("/salaries/compare")
    String compare(
            @RequestParam(required = false) List<String> levels,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        SalarySelection s = select(http);
        if (!s.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Salaries all = s.salaries();
        List<Level> ladder = all.ladder().levels();
        List<String> asked = levels == null || levels.stream().allMatch(String::isBlank)
                ? List.of("senior", "staff", "principal")
                : levels.stream()
                        .flatMap(value -> List.of(value.split(",")).stream())
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
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
        if (!unknown.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("ladder", ladder);
        model.addAttribute("chosenSlugs", chosen.stream().map(Level::slug).toList());
        model.addAttribute("unknown", unknown);
        model.addAttribute("errors", s.errors());
        model.addAttribute("filter", s.filter());
        model.addAttribute("options", all.options(s.filter().location()));
        model.addAttribute("asked", all.locations().get(s.filter().location()));
        if (chosen.size() < 2) {
            model.addAttribute("tooFew", true);
            return "salaries/compare";
        }
        List<LevelPay> byLevel = all.pay(s.filter());
        List<LevelPay> pay = chosen.stream()
                .map(l -> byLevel.stream()
                        .filter(p -> p.level().id() == l.id())
                        .findFirst()
                        .orElseThrow())
                .toList();
        model.addAttribute("comparison", SalaryComparison.of(chosen, pay));
        return "salaries/compare";
    }

    private static String shorten(String text) {
        String clean = text.replace("\0", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
