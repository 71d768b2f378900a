package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelTexts;

/** A level's words as the editors' form holds them, checked with Bean Validation like the table's columns. */
record LevelEdit(
        @NotBlank(message = "Give the level's name.") @Size(max = 120, message = "At most 120 characters.")
        String name,

        @NotBlank(message = "Give a short name.") @Size(max = 40, message = "At most 40 characters.")
        String shortName,

        @NotBlank(message = "Give the name most companies use.") @Size(max = 40, message = "At most 40 characters.")
        String commonName,

        @NotBlank(message = "Say what the level focuses on.") @Size(max = 120, message = "At most 120 characters.")
        String focus,

        @NotBlank(message = "Describe the scope of impact.") @Size(max = 4000, message = "At most 4,000 characters.")
        String scopeOfImpact,

        @NotBlank(message = "Write a summary.") @Size(max = 4000, message = "At most 4,000 characters.")
        String summary,

        @Size(max = 200, message = "At most 200 characters.")
        String keySkills,

        @Size(max = 4000, message = "At most 4,000 characters.")
        String handsOn,

        @jakarta.validation.constraints.Pattern(
                regexp = "|\\d{4}-\\d{2}-\\d{2}",
                message = "A date such as 2026-11-23, or nothing while the level is offered.")
        String retiredOn,

        @Size(max = 60, message = "Choose a track.") String track,

        @jakarta.validation.constraints.Pattern(regexp = "|\\d{1,2}", message = "Whole years, such as 12.")
        String yearsMin,

        @jakarta.validation.constraints.Pattern(regexp = "|[1-7]", message = "An SFIA level from 1 to 7.")
        String sfiaLevel,

        @Size(max = 4000, message = "Too many dimensions.") String raised) {

    static final java.util.Map<String, String> RULE_FIELDS = java.util.Map.of("retiredOnReal", "retiredOn");

    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "That is not a date on the calendar.")
    boolean isRetiredOnReal() {
        return org.careerpath.web.Formats.calendarDateIfDateShaped(retiredOn);
    }

    java.time.LocalDate retiredAt() {
        return retiredOn == null || retiredOn.isBlank() ? null : java.time.LocalDate.parse(retiredOn);
    }

    static LevelEdit of(LevelTexts.Texts t) {
        return new LevelEdit(
                t.name(),
                t.shortName(),
                t.commonName(),
                t.focus(),
                t.scopeOfImpact(),
                t.summary(),
                t.keySkills(),
                t.handsOn(),
                t.retiredAt() == null ? "" : t.retiredAt().toString(),
                "",
                "",
                "",
                "");
    }

    /** The empty form for a new level. */
    static LevelEdit blank() {
        return new LevelEdit("", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The dimensions a new level raises one step over the level below it, as chosen (slugs). */
    public java.util.List<String> raisedSlugs() {
        return java.util.Arrays.stream(raised.split(","))
                .map(String::strip)
                .filter(slug -> !slug.isEmpty())
                .distinct()
                .toList();
    }

    LevelTexts.Texts texts() {
        return new LevelTexts.Texts(
                name, shortName, commonName, focus, scopeOfImpact, summary, keySkills, handsOn, retiredAt());
    }

    LevelEdit trimmed() {
        return new LevelEdit(
                t(name),
                t(shortName),
                t(commonName),
                t(focus),
                t(scopeOfImpact),
                t(summary),
                t(keySkills),
                t(handsOn),
                t(retiredOn),
                t(track),
                t(yearsMin),
                t(sfiaLevel),
                t(raised));
    }

    /** The published level with these words. */
    Level appliedTo(Level l) {
        return new Level(
                l.id(),
                l.slug(),
                name,
                shortName,
                l.trackSlug(),
                l.trackName(),
                l.rankInTrack(),
                l.yearsMin(),
                l.yearsMax(),
                focus,
                scopeOfImpact,
                summary,
                l.timeInLevelMin(),
                l.timeInLevelMax(),
                l.sfiaLevel(),
                commonName,
                keySkills.isBlank() ? null : keySkills,
                l.keySkillsSource(),
                handsOn.isBlank() ? null : handsOn,
                l.handsOnSource(),
                retiredAt(),
                l.facts());
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
