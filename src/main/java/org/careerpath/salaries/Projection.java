package org.careerpath.salaries;

import java.math.BigDecimal;
import org.careerpath.sources.Source;
import org.careerpath.web.Formats;

/**
 * A BLS employment projection for one occupation: employment (thousands) in the base and target year, the
 * change, the openings each year, the median wage and the usual entry education, with its source.
 */
public record Projection(
        Source source,
        String occupationCode,
        String occupationName,
        int baseYear,
        int targetYear,
        BigDecimal employmentBase,
        BigDecimal employmentTarget,
        BigDecimal change,
        BigDecimal changePercent,
        BigDecimal openingsPerYear,
        BigDecimal medianWage,
        int medianWageYear,
        String entryEducation) {

    /** "+36.0%" */
    public String changePercentText() {
        return (changePercent.signum() >= 0 ? "+" : "\u2212")
                + changePercent.abs().toPlainString() + "%";
    }

    /** "20,800 a year" from 20.8 thousand. */
    public String openingsText() {
        return Formats.count(openingsPerYear.multiply(BigDecimal.valueOf(1000)).intValue()) + " a year";
    }

    /** "202,900" from 202.9 thousand. */
    public static String thousands(BigDecimal value) {
        return Formats.count(value.multiply(BigDecimal.valueOf(1000)).intValue());
    }

    public String employmentBaseText() {
        return thousands(employmentBase);
    }

    public String employmentTargetText() {
        return thousands(employmentTarget);
    }

    public String changeText() {
        return (change.signum() >= 0 ? "+" : "\u2212") + thousands(change.abs());
    }
}
