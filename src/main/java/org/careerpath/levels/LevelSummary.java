package org.careerpath.levels;

import java.math.BigDecimal;

/** A career level as other features and templates see it. */
public record LevelSummary(
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

    /** "5-8 years" or "10+ years". */
    public String experience() {
        return yearsMax == null ? yearsMin + "+ years" : yearsMin + "\u2013" + yearsMax + " years";
    }
}
