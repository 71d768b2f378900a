package org.careerpath.salaries;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/**
 * An editor's form for a published salary figure: what it is called, its numbers (whichever its
 * statistic uses), its sample size and its note. Its source (and so its year), place, basis and statistic stay
 * as published.
 */
record BandEdit(
        @Size(max = 60, message = "Choose a source.") String source,
        @Size(max = 60, message = "Choose a level.") String level,
        @Size(max = 20, message = "Choose a place.") String location,

        @Pattern(regexp = "|base|gross|total|unspecified", message = "Choose a pay basis.")
        String basis,

        @Pattern(
                regexp = "|percentiles|median|mean|range|median-range|single|lower-bound|upper-bound|p90",
                message = "Choose a statistic.")
        String statistic,

        @NotBlank(message = "Give the figure's label.") @Size(max = 200, message = "At most 200 characters.")
        String label,

        @Pattern(regexp = AMOUNT, message = MONEY) String p10,
        @Pattern(regexp = AMOUNT, message = MONEY) String p25,
        @Pattern(regexp = AMOUNT, message = MONEY) String median,
        @Pattern(regexp = AMOUNT, message = MONEY) String p75,
        @Pattern(regexp = AMOUNT, message = MONEY) String p90,
        @Pattern(regexp = AMOUNT, message = MONEY) String mean,
        @Pattern(regexp = AMOUNT, message = MONEY) String minAmount,
        @Pattern(regexp = AMOUNT, message = MONEY) String maxAmount,
        @Pattern(regexp = AMOUNT, message = MONEY) String amount,

        @Pattern(regexp = "|[1-9]\\d{0,6}", message = "A number of responses, such as 120, or nothing.")
        String sampleSize,

        @Size(max = 2000, message = "At most 2,000 characters.")
        String note) {

    static final String AMOUNT = "|\\d{1,10}(\\.\\d{1,2})?";
    static final String MONEY = "An amount such as 185000 or 185000.50, or nothing.";

    /** The columns of salary_band each field is stored in, in the form's order. */
    static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("label", "label");
        for (String f : new String[] {"p10", "p25", "median", "p75", "p90", "mean", "amount", "note"}) {
            c.put(f, f);
        }
        c.put("minAmount", "min_amount");
        c.put("maxAmount", "max_amount");
        c.put("sampleSize", "sample_size");
        return c;
    }

    static BandEdit of(VersionedRows.Row row) {
        return new BandEdit(
                "",
                "",
                "",
                "",
                "",
                row.get("label"),
                plain(row.get("p10")),
                plain(row.get("p25")),
                plain(row.get("median")),
                plain(row.get("p75")),
                plain(row.get("p90")),
                plain(row.get("mean")),
                plain(row.get("min_amount")),
                plain(row.get("max_amount")),
                plain(row.get("amount")),
                row.get("sample_size"),
                row.get("note"));
    }

    /** 185000.00 as 185000. */
    private static String plain(String amount) {
        return amount == null || amount.isEmpty()
                ? ""
                : new java.math.BigDecimal(amount).stripTrailingZeros().toPlainString();
    }

    BandEdit trimmed() {
        return new BandEdit(
                t(source),
                t(level),
                t(location),
                t(basis),
                t(statistic),
                t(label),
                t(p10),
                t(p25),
                t(median),
                t(p75),
                t(p90),
                t(mean),
                t(minAmount),
                t(maxAmount),
                t(amount),
                t(sampleSize),
                t(note));
    }

    /** Column name to text, for the write. */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("label", label);
        v.put("p10", p10);
        v.put("p25", p25);
        v.put("median", median);
        v.put("p75", p75);
        v.put("p90", p90);
        v.put("mean", mean);
        v.put("min_amount", minAmount);
        v.put("max_amount", maxAmount);
        v.put("amount", amount);
        v.put("sample_size", sampleSize);
        v.put("note", note);
        return v;
    }

    static java.math.BigDecimal money(String text) {
        return text == null || text.isBlank() ? null : new java.math.BigDecimal(text);
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
