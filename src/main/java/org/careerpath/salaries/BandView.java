package org.careerpath.salaries;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** One published or computed salary band, with its source. Amounts are annual unless {@code period} says not. */
public record BandView(
        long id,
        String sourceSlug,
        String publisher,
        String sourceTitle,
        int year,
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

    /** "$181,300" style, whole dollars. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** "$181k" for tight spaces. */
    public static String shortMoney(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return "$" + amount.divide(BigDecimal.valueOf(1000), 0, java.math.RoundingMode.HALF_UP) + "k";
    }

    /** The band in one phrase: "median $201,730 (P25 $161,200 – P75 $259,000)", "$150,000–$280,000", ... */
    public String summary() {
        StringBuilder text = new StringBuilder();
        if (median != null) {
            text.append("median ").append(money(median));
        } else if (mean != null) {
            text.append("average ").append(money(mean));
        }
        if (minAmount != null && maxAmount != null) {
            append(text, money(minAmount) + "\u2013" + money(maxAmount));
        } else if (minAmount != null) {
            append(text, "from " + money(minAmount));
        } else if (maxAmount != null) {
            append(text, "up to " + money(maxAmount));
        }
        if (p25 != null && p75 != null) {
            append(text, "middle half " + money(p25) + "\u2013" + money(p75));
        }
        if (median == null && p90 != null && p25 == null) {
            append(text, "top 10% above " + money(p90));
        }
        return text.toString();
    }

    public String basisLabel() {
        return switch (payBasis) {
            case "base" -> "Base pay";
            case "total" -> "Total pay";
            default -> "Pay basis not stated";
        };
    }

    public String citation() {
        return computed ? publisher + " responses, " + year + " (computed by CareerPath)" : publisher + ", " + year;
    }

    /** The highest amount the band reaches, for scaling a chart. */
    public BigDecimal top() {
        return java.util.stream.Stream.of(p90, maxAmount, p75, median, mean, minAmount)
                .filter(java.util.Objects::nonNull)
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
