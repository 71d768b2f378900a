package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.sources.Source;
import org.careerpath.sources.SourceCatalogue;
import org.careerpath.sources.Sources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The salaries module's published API: every source and band, in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class SalaryCatalogue {

    private final SourceCatalogue sources;
    private final SalaryBandRepository bands;
    private final ComputedBandRepository computed;
    private final SalaryImportRepository imports;
    private final LevelCatalogue levels;

    SalaryCatalogue(
            SourceCatalogue sources,
            SalaryBandRepository bands,
            ComputedBandRepository computed,
            SalaryImportRepository imports,
            LevelCatalogue levels) {
        this.sources = sources;
        this.bands = bands;
        this.computed = computed;
        this.imports = imports;
        this.levels = levels;
    }

    public Salaries load() {
        Ladder ladder = levels.ladder();
        Sources all0 = sources.load();
        Map<Long, Level> levelById = ladder.levels().stream().collect(Collectors.toMap(Level::id, Function.identity()));
        List<BandView> all = new ArrayList<>();
        for (SalaryBandRow band : bands.findAll()) {
            Level level = band.getLevelId() == null ? null : levelById.get(band.getLevelId());
            all.add(band.toView(
                    all0.get(band.getSourceId()),
                    level == null ? null : level.slug(),
                    level == null ? null : level.name()));
        }
        long id = 0;
        for (ComputedBandRow c : computed.findBySampleSizeGreaterThanEqual(Salaries.MIN_SAMPLE)) {
            Level level = levelById.get(c.getLevelId());
            Source source = all0.get(c.getSourceId());
            String country = c.getEmployeeResidence();
            all.add(new BandView(
                    --id,
                    source.slug(),
                    source.publisher(),
                    source.title(),
                    (int) c.getWorkYear(),
                    source.kind(),
                    level.id(),
                    level.slug(),
                    level.name(),
                    null,
                    "Machine Learning Engineer, experience level " + c.getExperienceLevel(),
                    country,
                    countryName(country),
                    "USD",
                    "annual",
                    "base",
                    money(c.getP10()),
                    money(c.getP25()),
                    money(c.getMedian()),
                    money(c.getP75()),
                    money(c.getP90()),
                    null,
                    null,
                    null,
                    c.getSampleSize(),
                    null,
                    null,
                    true));
        }
        Set<String> used = new HashSet<>();
        all.forEach(b -> used.add(b.sourceSlug()));
        return new Salaries(
                all0.all().stream().filter(s -> used.contains(s.slug())).toList(),
                List.copyOf(all),
                imports.findFirstByOrderByImportedAtDescIdDesc().map(SalaryImportRow::toStatus),
                ladder);
    }

    private static BigDecimal money(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String countryName(String code) {
        return "US".equals(code) ? "United States" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
