package org.careerpath.levels;

import java.math.BigDecimal;
import org.careerpath.web.Formats;

/** A career level as other modules and templates see it. */
public record Level(
        long id,
        String slug,
        String name,
        String shortName,
        String trackSlug,
        String trackName,
        int rankInTrack,
        int yearsMin,
        Short yearsMax,
        String focus,
        String scopeOfImpact,
        String summary,
        BigDecimal timeInLevelMin,
        BigDecimal timeInLevelMax,
        String timeInLevelNote,
        int sfiaLevel,
        String commonName) {

    public static final String IC_TRACK = "individual-contributor";

    /** "5–8 years" or "10+ years". */
    public String experience() {
        return Formats.years(yearsMin, yearsMax);
    }

    public boolean individualContributor() {
        return IC_TRACK.equals(trackSlug);
    }
}
