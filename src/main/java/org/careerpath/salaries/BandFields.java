package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Salary figures as flat records, with the same fields for the CSV and the JSON download. */
final class BandFields {

    static final List<String> HEADER = List.of(
            "section",
            "level",
            "occupation_code",
            "label",
            "statistic",
            "pay_basis",
            "location_asked",
            "location_code",
            "location",
            "fallback_to_wider_place",
            "year",
            "currency",
            "period",
            "p10",
            "p25",
            "median",
            "p75",
            "p90",
            "mean",
            "min",
            "max",
            "single_figure",
            "sample_size",
            "bls_employment",
            "computed",
            "survey_levels",
            "central_for_level",
            "note",
            "source",
            "publisher",
            "source_title",
            "source_year",
            "date_read",
            "source_url");

    private BandFields() {}

    static Map<String, Object> of(BandView b, String section, String asked, boolean central) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("section", section);
        f.put("level", b.levelSlug());
        f.put("occupation_code", b.occupationCode());
        f.put("label", b.label());
        f.put("statistic", b.statisticLabel());
        f.put("pay_basis", b.basisLabel());
        f.put("location_asked", asked);
        f.put("location_code", b.locationCode());
        f.put("location", b.locationName());
        f.put("fallback_to_wider_place", !b.locationCode().equals(asked));
        f.put("year", b.year());
        f.put("currency", b.currency());
        f.put("period", b.period());
        f.put("p10", plain(b.p10()));
        f.put("p25", plain(b.p25()));
        f.put("median", plain(b.median()));
        f.put("p75", plain(b.p75()));
        f.put("p90", plain(b.p90()));
        f.put("mean", plain(b.mean()));
        f.put("min", plain(b.minAmount()));
        f.put("max", plain(b.maxAmount()));
        f.put("single_figure", plain(b.amount()));
        f.put("sample_size", b.sampleSize());
        f.put("bls_employment", b.employment());
        f.put("computed", b.computed());
        f.put("survey_levels", b.experienceLevels());
        f.put("central_for_level", central);
        f.put("note", b.note());
        f.put("source", b.sourceSlug());
        f.put("publisher", b.publisher());
        f.put("source_title", b.source().title());
        f.put("source_year", b.source().yearText());
        f.put(
                "date_read",
                b.source().dateRead() == null ? null : b.source().dateRead().toString());
        f.put("source_url", b.source().url());
        return f;
    }

    /** Every figure the page shows for a filter: each level's, then the whole occupations'. */
    static List<Map<String, Object>> rows(List<LevelPay> levels, OccupationPay occupations, String asked) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LevelPay pay : levels) {
            for (BandView b : pay.bands()) {
                rows.add(of(b, "level", asked, b == pay.central()));
            }
        }
        for (BandView b : occupations.bands()) {
            rows.add(of(b, "occupation", asked, false));
        }
        return rows;
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null
                ? null
                : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
