package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Salary bands as flat records, with the same fields for the CSV and the JSON download. */
final class BandFields {

    static final List<String> HEADER = List.of(
            "level",
            "occupation_code",
            "label",
            "source",
            "publisher",
            "year",
            "location_code",
            "location",
            "currency",
            "period",
            "pay_basis",
            "p10",
            "p25",
            "median",
            "p75",
            "p90",
            "mean",
            "min",
            "max",
            "sample_size",
            "computed");

    private BandFields() {}

    static Map<String, Object> of(BandView b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("level", b.levelSlug());
        f.put("occupation_code", b.occupationCode());
        f.put("label", b.label());
        f.put("source", b.sourceSlug());
        f.put("publisher", b.publisher());
        f.put("year", b.year());
        f.put("location_code", b.locationCode());
        f.put("location", b.locationName());
        f.put("currency", b.currency());
        f.put("period", b.period());
        f.put("pay_basis", b.payBasis());
        f.put("p10", plain(b.p10()));
        f.put("p25", plain(b.p25()));
        f.put("median", plain(b.median()));
        f.put("p75", plain(b.p75()));
        f.put("p90", plain(b.p90()));
        f.put("mean", plain(b.mean()));
        f.put("min", plain(b.minAmount()));
        f.put("max", plain(b.maxAmount()));
        f.put("sample_size", b.sampleSize());
        f.put("computed", b.computed());
        return f;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null
                ? null
                : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
