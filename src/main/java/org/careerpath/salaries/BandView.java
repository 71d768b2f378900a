package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;
import org.careerpath.web.Formats;

/** One published or computed salary band, with its source. Amounts are annual unless {@code period} says not. */
public record BandView(
        long id,
        String sourceSlug,
        String publisher,
        String sourceTitle,
        Integer year,
        String sourceKind,
        Long levelId,
        String levelSlug,
        String levelName,
        String occupationCode,
        String label,
        String locationCode,
        String locationName,
        String currency,
        String period,
        String payBasis,
        BigDecimal p10,
        BigDecimal p25,
        BigDecimal median,
        BigDecimal p75,
        BigDecimal p90,
        BigDecimal mean,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        Integer sampleSize,
        Integer employment,
        String note,
        boolean computed) {

    /** The band in one phrase: "median $201,730; middle half $161,200–$259,000", "$150,000–$280,000", ... */
    public String summary() {
        StringBuilder text = new StringBuilder();
        if (median != null) {
            text.append("median ").append(Formats.money(median));
        } else if (mean != null) {
            text.append("average ").append(Formats.money(mean));
        }
        String range = rangeText();
        if (!range.isEmpty()) {
            append(text, range);
        }
        if (p25 != null && p75 != null) {
            append(text, "middle half " + Formats.money(p25) + "\u2013" + Formats.money(p75));
        }
        if (median == null && p90 != null && p25 == null) {
            append(text, "top 10% above " + Formats.money(p90));
        }
        return text.toString();
    }

    /** "$150,000–$280,000", "from $250,000", "up to $300,000" or empty. */
    public String rangeText() {
        if (minAmount != null && maxAmount != null) {
            return Formats.money(minAmount) + "\u2013" + Formats.money(maxAmount);
        } else if (minAmount != null) {
            return "from " + Formats.money(minAmount);
        } else if (maxAmount != null) {
            return "up to " + Formats.money(maxAmount);
        }
        return "";
    }

    /** The sample size, or the employment the figures describe, or a dash. */
    public String sampleText() {
        if (sampleSize != null) {
            return Formats.count(sampleSize);
        }
        return employment != null ? Formats.count(employment) + " employed" : "—";
    }

    public String basisLabel() {
        return switch (payBasis) {
            case "base" -> "Base pay";
            case "total" -> "Total pay";
            default -> "Pay basis not stated";
        };
    }

    public String citation() {
        String when = year == null ? "undated" : year.toString();
        return computed ? publisher + " responses, " + when + " (computed by CareerPath)" : publisher + ", " + when;
    }

    /** The highest amount the band reaches, for scaling a chart. */
    public BigDecimal top() {
        return Stream.of(p90, maxAmount, p75, median, mean, minAmount)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append("; ");
        }
        text.append(part);
    }
}
