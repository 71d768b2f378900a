package org.careerpath.levels;

import java.math.BigDecimal;
import org.careerpath.sources.Source;
import org.careerpath.web.Formats;

/**
 * What one source says about a level: years of experience or typical time in the level, with how the
 * source names the level and any caveat.
 */
public record LevelFact(
        String kind,
        String label,
        BigDecimal minYears,
        BigDecimal maxYears,
        boolean openEnded,
        String note,
        Source source) {

    public static final String EXPERIENCE = "experience";
    public static final String TIME_IN_LEVEL = "time-in-level";

    /** "5–8 years", "5–7+ years", "10+ years", or "no expected time" for a career level. */
    public String rangeText() {
        if (minYears == null) {
            return "no expected time (a career level)";
        }
        String min = Formats.decimal(minYears);
        if (maxYears == null) {
            return min + "+ years";
        }
        return min + "\u2013" + Formats.decimal(maxYears) + (openEnded ? "+" : "") + " years";
    }
}
