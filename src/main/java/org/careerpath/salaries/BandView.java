package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.careerpath.sources.Source;
import org.careerpath.web.Formats;

/**
 * One salary figure: what one source says, or what CareerPath computed from survey responses, about one
 * level (or a whole occupation) in one place. It always names its statistic (percentiles, a median, a
 * mean, a range, a single quoted figure, a bound) and its basis (base salary, gross salary, total
 * compensation, or not stated). Amounts are annual unless {@code period} says otherwise.
 *
 * @param year the year the figures are for: the survey year of a computed band, the source's year
 *     otherwise (null when the source is undated)
 * @param experienceLevels for a computed band, the survey experience levels it pools ("SE", "EN,MI")
 */
public record BandView(
        long id,
        Source source,
        Long levelId,
        String levelSlug,
        String levelName,
        String occupationCode,
        String label,
        SalaryLocation location,
        Integer year,
        String currency,
        String period,
        String payBasis,
        String statistic,
        BigDecimal p10,
        BigDecimal p25,
        BigDecimal median,
        BigDecimal p75,
        BigDecimal p90,
        BigDecimal mean,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        BigDecimal amount,
        Integer sampleSize,
        Integer employment,
        String note,
        boolean computed,
        String experienceLevels) {

    public static final List<String> STATISTICS = List.of(
            "percentiles", "median", "mean", "range", "median-range", "single", "lower-bound", "upper-bound", "p90");

    public static final List<String> BASES = List.of("base", "gross", "total", "unspecified");

    public String sourceSlug() {
        return source.slug();
    }

    public String publisher() {
        return source.publisher();
    }

    public String locationCode() {
        return location.code();
    }

    public String locationName() {
        return location.name();
    }

    /** "Median", "Single quoted figure", ...: what kind of number this is. */
    public String statisticLabel() {
        return statisticLabel(statistic);
    }

    public static String statisticLabel(String statistic) {
        return switch (statistic) {
            case "percentiles" -> "Percentiles (P10–P90) and median";
            case "median" -> "Median";
            case "mean" -> "Mean (average)";
            case "range" -> "Range";
            case "median-range" -> "Range of medians";
            case "single" -> "Single quoted figure (statistic not stated)";
            case "lower-bound" -> "Lower bound";
            case "upper-bound" -> "Upper bound";
            default -> "90th percentile";
        };
    }

    /** The statistic in running text: "percentiles (P10–P90) and median", "single quoted figure ...". */
    public String statisticWords() {
        String label = statisticLabel();
        return label.startsWith("Percentiles")
                ? "p" + label.substring(1)
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The basis in running text: "gross salary". */
    public String basisWords() {
        String label = basisLabel();
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public String basisLabel() {
        return basisLabel(payBasis);
    }

    public static String basisLabel(String basis) {
        return switch (basis) {
            case "base" -> "Base salary";
            case "gross" -> "Gross salary";
            case "total" -> "Total compensation";
            default -> "Basis not stated";
        };
    }

    /**
     * The figure in words, with its statistic: "median $201,730", "a single figure of $258,810", "$150,000–
     * $280,000 (range)", "above $250,000 (lower bound)".
     */
    public String figureText() {
        return switch (statistic) {
            case "percentiles", "median" -> "median " + Formats.money(median);
            case "mean" -> "mean " + Formats.money(mean);
            case "range" -> Formats.money(minAmount) + "\u2013" + Formats.money(maxAmount) + " (range)";
            case "median-range" -> "medians of " + Formats.money(minAmount) + "\u2013" + Formats.money(maxAmount);
            case "single" -> "a single figure of " + Formats.money(amount);
            case "lower-bound" -> "above " + Formats.money(minAmount) + " (lower bound)";
            case "upper-bound" -> "up to " + Formats.money(maxAmount) + " (upper bound)";
            default -> "90th percentile " + Formats.money(p90);
        };
    }

    /** Everything the band says, in one phrase: the figure, then any spread and mean it also gives. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(figureText());
        if (p25 != null && p75 != null) {
            parts.add("middle half " + Formats.money(p25) + "\u2013" + Formats.money(p75));
        }
        if (p10 != null && p90 != null) {
            parts.add("P10–P90 " + Formats.money(p10) + "\u2013" + Formats.money(p90));
        }
        if (!"mean".equals(statistic) && mean != null) {
            parts.add("mean " + Formats.money(mean));
        }
        if (("median".equals(statistic)) && minAmount != null && maxAmount != null) {
            parts.add("range " + Formats.money(minAmount) + "\u2013" + Formats.money(maxAmount));
        }
        return String.join("; ", parts);
    }

    /** "$161,200–$259,000" or empty. */
    public String middleHalfText() {
        return p25 != null && p75 != null ? Formats.money(p25) + "\u2013" + Formats.money(p75) : "";
    }

    /** "$135,400–$312,200" or empty. */
    public String outerText() {
        return p10 != null && p90 != null ? Formats.money(p10) + "\u2013" + Formats.money(p90) : "";
    }

    /** The sample size, or the employment the figures describe, or a dash. */
    public String sampleText() {
        if (sampleSize != null) {
            return "n = " + Formats.count(sampleSize);
        }
        return employment != null ? Formats.count(employment) + " employed" : "not given";
    }

    /** "aijobs.net, 2024 (computed by CareerPath)", "Hakia, undated": the short form next to a figure. */
    public String citation() {
        String when = year == null ? "undated" : year.toString();
        return computed ? publisher() + " survey, " + when + " (computed by CareerPath)" : publisher() + ", " + when;
    }

    /** The citation in few words, for a chart's label: "aijobs.net survey, 2024, computed". */
    public String shortCitation() {
        String when = year == null ? "undated" : year.toString();
        return computed ? publisher() + " survey, " + when + ", computed" : publisher() + ", " + when;
    }

    /**
     * The figures this band contributes to the range across sources: its median, mean or single figure,
     * or both ends of a range. Bounds and a lone 90th percentile say where pay is not, so they do not.
     */
    public List<BigDecimal> headlineValues() {
        return switch (statistic) {
            case "percentiles", "median" -> List.of(median);
            case "mean" -> List.of(mean);
            case "single" -> List.of(amount);
            case "range", "median-range" -> List.of(minAmount, maxAmount);
            default -> List.of();
        };
    }

    /** Whether the band is a distribution that structured data may describe as one (median and percentiles). */
    public boolean distribution() {
        return "percentiles".equals(statistic) || "median".equals(statistic);
    }

    /** The highest amount the band reaches, for scaling a chart. */
    public BigDecimal top() {
        return Stream.of(p90, maxAmount, p75, median, mean, minAmount, amount)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
