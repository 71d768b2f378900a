package org.careerpath.pages;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.DimensionTexts;

/** An editor's form for a skill or dimension: its words, and the day it retired (empty while it is offered). */
record DimensionEdit(
        @Size(max = 60, message = "Choose a category.") String category,

        @NotBlank(message = "Give the name.") @Size(max = 120, message = "At most 120 characters.")
        String name,

        @NotBlank(message = "Describe what it covers.") @Size(max = 4000, message = "At most 4,000 characters.")
        String description,

        @NotBlank(message = "Say why it matters.") @Size(max = 4000, message = "At most 4,000 characters.")
        String whyItMatters,

        @Pattern(
                regexp = "|\\d{4}-\\d{2}-\\d{2}",
                message = "A date such as 2026-11-23, or nothing while it is offered.")
        String retiredOn,

        @Size(max = 4000, message = "At most 4,000 characters.")
        String scale) {

    static final Map<String, String> RULE_FIELDS = Map.of("retiredOnReal", "retiredOn");

    static DimensionEdit of(DimensionTexts.Texts t) {
        return new DimensionEdit(
                "",
                t.name(),
                t.description(),
                t.whyItMatters(),
                t.retiredAt() == null ? "" : t.retiredAt().toString(),
                "");
    }

    /**
     * The steps of a new impact or people dimension's scale, one line each from step 0: a short name, a colon,
     * and what the step looks like. Empty where a line lacks either part.
     */
    java.util.Optional<java.util.List<DimensionTexts.ScaleStep>> scaleSteps() {
        java.util.List<DimensionTexts.ScaleStep> steps = new java.util.ArrayList<>();
        for (String line : scale.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip();
            String description = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (name.isEmpty() || name.length() > 60 || description.isEmpty()) {
                return java.util.Optional.empty();
            }
            steps.add(new DimensionTexts.ScaleStep(steps.size(), name, description));
        }
        return java.util.Optional.of(steps);
    }

    DimensionEdit trimmed() {
        return new DimensionEdit(t(category), t(name), t(description), t(whyItMatters), t(retiredOn), t(scale));
    }

    @JsonIgnore
    @AssertTrue(message = "That is not a date on the calendar.")
    boolean isRetiredOnReal() {
        return org.careerpath.web.Formats.calendarDateIfDateShaped(retiredOn);
    }

    LocalDate retiredAt() {
        return retiredOn == null || retiredOn.isBlank() ? null : LocalDate.parse(retiredOn);
    }

    DimensionTexts.Texts texts() {
        return new DimensionTexts.Texts(name, description, whyItMatters, retiredAt());
    }

    /** The published dimension with these words. */
    Dimension appliedTo(Dimension d) {
        return new Dimension(
                d.id(),
                d.slug(),
                name,
                d.kind(),
                d.maxStep(),
                d.categorySlug(),
                d.categoryName(),
                description,
                whyItMatters,
                retiredAt());
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
