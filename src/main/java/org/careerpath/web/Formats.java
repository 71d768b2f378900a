package org.careerpath.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates ({@code ${@fmt.money(amount)}}), so that no template nests its own formatting
 * logic: dollars, counts, years and dates, always in the same style.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /**
     * For forms: false only for text shaped like a date (yyyy-mm-dd) that is no day on the calendar, such as
     * 2026-02-30. Empty or otherwise shaped text is the pattern rule's business.
     */
    public static boolean calendarDateIfDateShaped(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return true;
        }
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** "$181,300", whole dollars; empty for no amount. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** "$181k", for tight spaces such as chart axes. */
    public static String shortMoney(BigDecimal amount) {
        return amount == null ? "" : "$" + amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP) + "k";
    }

    /** "2,968"; a dash for no number. */
    public static String count(Number n) {
        return n == null ? "—" : NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** "6.5" or "6": a decimal without trailing zeros. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "2.5": one decimal place. */
    public static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "5–8 years" or "10+ years". */
    public static String years(Number min, Number max) {
        if (min == null) {
            return "";
        }
        return max == null ? min + "+ years" : min + "\u2013" + max + " years";
    }

    public static String day(TemporalAccessor date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    public static String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    public static String minute(OffsetDateTime time) {
        return time == null ? "" : MINUTE.format(time);
    }
}
