package org.careerpath.salaries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;

/** Builds salary figures for unit tests, without a database. */
final class BandMother {

    static final SalaryLocation WORLD = new SalaryLocation("WORLD", "All countries", "world", null, 0);
    static final SalaryLocation US = new SalaryLocation("US", "United States", "country", "WORLD", 1);
    static final SalaryLocation CA = new SalaryLocation("US-CA", "California", "state", "US", 10);
    static final SalaryLocation SF = new SalaryLocation("US-CA-SF", "San Francisco, California", "metro", "US-CA", 30);

    static final Locations PLACES = Locations.of(List.of(WORLD, US, CA, SF));

    private static long nextId = 1;

    private Source source = source("survey", 1, 2024);
    private Level level;
    private String occupation;
    private SalaryLocation location = US;
    private Integer year;
    private String statistic = "median";
    private String basis = "unspecified";
    private BigDecimal p10, p25, median, p75, p90, mean, min, max, amount;
    private Integer n;
    private boolean computed;

    static Source source(String slug, int position, Integer year) {
        return new Source(
                position,
                slug,
                slug + " publisher",
                null,
                slug + " title",
                year,
                LocalDate.of(2026, 11, 23),
                "https://example.org/" + slug,
                "guide",
                "method",
                position);
    }

    static BandMother band(Level level) {
        BandMother b = new BandMother();
        b.level = level;
        return b;
    }

    static BandMother occupation(String code) {
        BandMother b = new BandMother();
        b.occupation = code;
        return b;
    }

    BandMother from(Source source) {
        this.source = source;
        return this;
    }

    BandMother at(SalaryLocation location) {
        this.location = location;
        return this;
    }

    BandMother year(Integer year) {
        this.year = year;
        return this;
    }

    /** A band computed from n survey responses: gross percentiles. */
    BandMother computed(int n, long p10, long p25, long median, long p75, long p90) {
        this.computed = true;
        this.n = n;
        this.statistic = "percentiles";
        this.basis = "gross";
        this.p10 = money(p10);
        this.p25 = money(p25);
        this.median = money(median);
        this.p75 = money(p75);
        this.p90 = money(p90);
        return this;
    }

    BandMother median(long value) {
        statistic = "median";
        median = money(value);
        return this;
    }

    BandMother mean(long value) {
        statistic = "mean";
        mean = money(value);
        return this;
    }

    BandMother range(long from, long to) {
        statistic = "range";
        min = money(from);
        max = money(to);
        return this;
    }

    BandMother single(long value) {
        statistic = "single";
        amount = money(value);
        return this;
    }

    BandMother atLeast(long value) {
        statistic = "lower-bound";
        min = money(value);
        return this;
    }

    BandMother topTenth(long value) {
        statistic = "p90";
        p90 = money(value);
        return this;
    }

    BandMother basis(String basis) {
        this.basis = basis;
        return this;
    }

    BandView build() {
        long id = computed ? -nextId++ : nextId++;
        return new BandView(
                id,
                source,
                level == null ? null : level.id(),
                level == null ? null : level.slug(),
                level == null ? null : level.name(),
                occupation,
                (computed ? "computed " : "") + statistic + " " + id,
                location,
                year != null ? year : source.year(),
                "USD",
                "annual",
                basis,
                statistic,
                p10,
                p25,
                median,
                p75,
                p90,
                mean,
                min,
                max,
                amount,
                n,
                null,
                null,
                computed,
                computed ? "SE" : null);
    }

    static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
