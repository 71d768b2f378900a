package org.careerpath.certifications;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Read models of the certifications feature. */
public final class CertificationViews {

    private CertificationViews() {}

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
            String summary) {

        public boolean retired() {
            return "retired".equals(status);
        }

        public boolean retiring() {
            return "retiring".equals(status);
        }

        /** "$150", "$125–$135" or the note that explains why there is no price. */
        public String cost() {
            if (costUsdMin == null) {
                return costNote;
            }
            NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
            dollars.setMaximumFractionDigits(0);
            String min = dollars.format(costUsdMin);
            return costUsdMax == null ? min : min + "\u2013" + dollars.format(costUsdMax);
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

        private static String plural(int n, String unit) {
            return n + " " + unit + (n == 1 ? "" : "s");
        }
    }

    public record Link(String slug, String name) {}

    public record CertificationDetail(Certification certification, List<Link> skills, List<Link> levels) {}

    /** Filters of the catalogue, all optional; bad values are dropped rather than failing the page. */
    public record Filter(String provider, String status, BigDecimal maxCost, String sort) {

        public static final List<String> STATUSES = List.of("active", "retiring", "retired");
        public static final List<String> SORTS = List.of("name", "cost");

        public Filter {
            provider = provider == null || provider.isBlank() ? null : provider.strip();
            status = status != null && STATUSES.contains(status) ? status : null;
            maxCost = maxCost != null && maxCost.signum() >= 0 ? maxCost : null;
            sort = sort != null && SORTS.contains(sort) ? sort : "name";
        }

        public boolean any() {
            return provider != null || status != null || maxCost != null;
        }
    }
}
