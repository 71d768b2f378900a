package org.careerpath.certifications;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A certification as the editors' form holds it: text as typed, checked with Bean Validation (each message
 * is shown next to its field), and turned into column values only once valid. The same rules as the
 * table's constraints, so a valid form is one PostgreSQL accepts.
 */
record CertificationEdit(
        @NotBlank(message = "Give the address name, such as azure-ai-engineer-associate.")
        @Size(max = 80, message = "At most 80 characters.")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower-case letters, digits and single hyphens.")
        String slug,

        @NotBlank(message = "Give the certification's name.") @Size(max = 160, message = "At most 160 characters.")
        String name,

        @Size(max = 20, message = "At most 20 characters.") String code,

        @NotBlank(message = "Give the provider.") @Size(max = 80, message = "At most 80 characters.")
        String provider,

        @Pattern(regexp = "|\\d{1,6}(\\.\\d{1,2})?", message = "A cost in US dollars, such as 165 or 165.50.")
        String costUsdMin,

        @Pattern(regexp = "|\\d{1,6}(\\.\\d{1,2})?", message = "A cost in US dollars, such as 165 or 165.50.")
        String costUsdMax,

        @Size(max = 200, message = "At most 200 characters.")
        String costNote,

        @NotBlank(message = "Describe the exam.") @Size(max = 200, message = "At most 200 characters.")
        String examFormat,

        @Pattern(regexp = "|[1-9]\\d{0,2}", message = "A number of months, such as 24, or nothing.")
        String validityMonths,

        @Size(max = 200, message = "At most 200 characters.")
        String validityNote,

        @NotBlank(message = "Choose a status.")
        @Pattern(regexp = "active|retiring|retired", message = "Choose a status.")
        String status,

        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "A date such as 2026-06-30.")
        String availableSince,

        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "A date such as 2026-06-30.")
        String statusDate,

        @Size(max = 160, message = "At most 160 characters.")
        String successorName,

        @NotBlank(message = "Give the provider's page for it.")
        @Size(max = 300, message = "At most 300 characters.")
        @Pattern(regexp = "https://\\S+", message = "An https:// address without spaces.")
        String url,

        @NotBlank(message = "Say in a few sentences what it covers.")
        @Size(max = 4000, message = "At most 4,000 characters.")
        String summary) {

    /** Which field shows the message of each rule that concerns several fields. */
    static final Map<String, String> RULE_FIELDS = Map.of(
            "statusDated", "statusDate",
            "datesReal", "statusDate",
            "costOrdered", "costUsdMax",
            "costExplained", "costNote");

    static CertificationEdit of(Certification c) {
        return new CertificationEdit(
                c.slug(),
                c.name(),
                text(c.code()),
                c.provider(),
                c.costUsdMin() == null
                        ? ""
                        : c.costUsdMin().stripTrailingZeros().toPlainString(),
                c.costUsdMax() == null
                        ? ""
                        : c.costUsdMax().stripTrailingZeros().toPlainString(),
                text(c.costNote()),
                c.examFormat(),
                c.validityMonths() == null ? "" : c.validityMonths().toString(),
                text(c.validityNote()),
                c.status(),
                c.availableSince() == null ? "" : c.availableSince().toString(),
                c.statusDate() == null ? "" : c.statusDate().toString(),
                text(c.successorName()),
                c.url(),
                c.summary());
    }

    /** The form with every field trimmed (what is stored). */
    CertificationEdit trimmed() {
        return new CertificationEdit(
                t(slug),
                t(name),
                t(code),
                t(provider),
                t(costUsdMin),
                t(costUsdMax),
                t(costNote),
                t(examFormat),
                t(validityMonths),
                t(validityNote),
                t(status),
                t(availableSince),
                t(statusDate),
                t(successorName),
                t(url),
                t(summary));
    }

    @JsonIgnore
    @AssertTrue(message = "A retiring or retired certification needs the date of that status.")
    boolean isStatusDated() {
        return "active".equals(status) || !blank(statusDate);
    }

    @JsonIgnore
    @AssertTrue(message = "That is not a date on the calendar.")
    boolean isDatesReal() {
        return real(statusDate) && real(availableSince);
    }

    @JsonIgnore
    @AssertTrue(message = "The highest cost needs a lowest cost, and cannot be below it.")
    boolean isCostOrdered() {
        if (blank(costUsdMax)) {
            return true;
        }
        BigDecimal min = number(costUsdMin);
        BigDecimal max = number(costUsdMax);
        return min != null && max != null && max.compareTo(min) >= 0;
    }

    @JsonIgnore
    @AssertTrue(message = "Give a cost, or say here why there is none.")
    boolean isCostExplained() {
        return !blank(costUsdMin) || !blank(costNote);
    }

    /** The published certification with this edit applied (its links to skills and levels kept). */
    Certification appliedTo(Certification c) {
        Object[] v = columns();
        return new Certification(
                c.id(),
                (String) v[0],
                (String) v[1],
                (String) v[2],
                (String) v[3],
                (BigDecimal) v[4],
                (BigDecimal) v[5],
                (String) v[6],
                (String) v[7],
                v[8] == null ? null : ((Short) v[8]).intValue(),
                (String) v[9],
                (String) v[10],
                (LocalDate) v[11],
                (LocalDate) v[12],
                (String) v[13],
                (String) v[14],
                (String) v[15],
                c.skillIds(),
                c.levelIds());
    }

    /** The empty form of a new certification. */
    static CertificationEdit blank() {
        return new CertificationEdit("", "", "", "", "", "", "", "", "", "", "active", "", "", "", "", "");
    }

    /** Column values, in the order of CertificationWrites' update. */
    Object[] columns() {
        return new Object[] {
            slug,
            name,
            nullIfBlank(code),
            provider,
            number(costUsdMin),
            number(costUsdMax),
            nullIfBlank(costNote),
            examFormat,
            blank(validityMonths) ? null : Short.valueOf(validityMonths),
            nullIfBlank(validityNote),
            status,
            date(availableSince),
            date(statusDate),
            nullIfBlank(successorName),
            url,
            summary
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullIfBlank(String value) {
        return blank(value) ? null : value;
    }

    private static BigDecimal number(String value) {
        try {
            return blank(value) ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean real(String value) {
        return blank(value) || org.careerpath.web.Formats.calendarDateIfDateShaped(value);
    }

    private static LocalDate date(String value) {
        return blank(value) ? null : LocalDate.parse(value);
    }
}
