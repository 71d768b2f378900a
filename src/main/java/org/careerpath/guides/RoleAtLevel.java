package org.careerpath.guides;

import org.careerpath.web.Formats;

/** A role with the level it sits at. */
public record RoleAtLevel(
        long id,
        String slug,
        String title,
        String family,
        String summary,
        String socCode,
        String socTitle,
        long levelId,
        String levelSlug,
        String levelName,
        int yearsMin,
        Short yearsMax,
        String trackSlug,
        String trackName,
        int rankInTrack) {

    public boolean onLadder() {
        return "ladder".equals(family);
    }

    /** "5–8 years" or "10+ years". */
    public String experience() {
        return Formats.years(yearsMin, yearsMax);
    }
}
