package org.careerpath.certifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.careerpath.web.Formats;

/** A certification with its status, cost and validity, and the skills and levels it relates to. */
public record Certification(
        long id,
        String slug,
        String name,
        String code,
        String provider,
        BigDecimal costUsdMin,
        BigDecimal costUsdMax,
        String costNote,
        String examFormat,
        Integer validityMonths,
        String validityNote,
        String status,
        LocalDate availableSince,
        LocalDate statusDate,
        String successorName,
        String url,
        String summary,
        Set<Long> skillIds,
        Set<Long> levelIds) {

    public boolean retired() {
        return "retired".equals(status);
    }

    public boolean retiring() {
        return "retiring".equals(status);
    }

    /** Active first, then retiring, then retired. */
    int statusOrder() {
        return switch (status) {
            case "active" -> 0;
            case "retiring" -> 1;
            default -> 2;
        };
    }

    /** "$150", "$125–$135" or the note that explains why there is no price. */
    public String cost() {
        if (costUsdMin == null) {
            return costNote;
        }
        String min = Formats.money(costUsdMin);
        return costUsdMax == null ? min : min + "\u2013" + Formats.money(costUsdMax);
    }

    /** The cost with its currency where there is an amount. */
    public String costWithCurrency() {
        return costUsdMin != null ? cost() + " (USD)" : cost();
    }

    /** "3 years", "1 year", "2 years" or the note. */
    public String validity() {
        if (validityMonths == null) {
            return validityNote == null ? "Not stated" : validityNote;
        }
        String period =
                validityMonths % 12 == 0 ? plural(validityMonths / 12, "year") : plural(validityMonths, "month");
        return validityNote == null ? period : period + ". " + validityNote;
    }

    public String statusLabel() {
        return switch (status) {
            case "retired" -> "Retired";
            case "retiring" -> "Retiring";
            default -> "Active";
        };
    }

    /** "since 31 Mar 2026" for a retired one, "on 30 Jun 2026" for one retiring; empty otherwise. */
    public String statusWhen() {
        if (statusDate == null) {
            return "";
        }
        return (retired() ? "since " : "on ") + Formats.shortDay(statusDate);
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
