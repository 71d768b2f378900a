package org.careerpath.levels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.careerpath.sources.Source;
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
        int sfiaLevel,
        String commonName,
        String keySkills,
        Source keySkillsSource,
        String handsOn,
        Source handsOnSource,
        LocalDate retiredAt,
        List<LevelFact> facts) {

    public static final String IC_TRACK = "individual-contributor";

    /** "5–8 years" or "10+ years". */
    public String experience() {
        return Formats.years(yearsMin, yearsMax);
    }

    public boolean individualContributor() {
        return IC_TRACK.equals(trackSlug);
    }

    /** CareerPath's central figure for time in the level: "2–4 years" or a career level. */
    public String timeInLevel() {
        if (timeInLevelMin == null) {
            return "A career level: no expected time before moving on";
        }
        return Formats.decimal(timeInLevelMin) + "\u2013" + Formats.decimal(timeInLevelMax) + " years";
    }

    /** What each source says about the years of experience at this level. */
    public List<LevelFact> experienceFacts() {
        return facts.stream().filter(f -> LevelFact.EXPERIENCE.equals(f.kind())).toList();
    }

    /** What each source says about the typical time in this level. */
    public List<LevelFact> timeInLevelFacts() {
        return facts.stream()
                .filter(f -> LevelFact.TIME_IN_LEVEL.equals(f.kind()))
                .toList();
    }

    /** Whether any source other than CareerPath's own judgement gives the years of experience. */
    public boolean experienceSourced() {
        return experienceFacts().stream().anyMatch(f -> !f.source().editorial());
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
