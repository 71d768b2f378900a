package org.careerpath.skills;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/** An editor's form for a category of skills and dimensions: its name and what it covers. */
record CategoryEdit(
        @jakarta.validation.constraints.Pattern(regexp = "|technical|impact|people", message = "Choose a kind.")
        String kind,

        @NotBlank(message = "Give the category's name.") @Size(max = 120, message = "At most 120 characters.")
        String name,

        @NotBlank(message = "Say what the category covers.") @Size(max = 4000, message = "At most 4,000 characters.")
        String description,

        @jakarta.validation.constraints.Pattern(
                regexp = "|\\d{4}-\\d{2}-\\d{2}",
                message = "A date such as 2026-11-23, or nothing while it is offered.")
        String retiredOn) {

    static final Map<String, String> RULE_FIELDS = Map.of("retiredOnReal", "retiredOn");

    static CategoryEdit of(VersionedRows.Row row) {
        return new CategoryEdit(row.get("kind"), row.get("name"), row.get("description"), row.get("retired_at"));
    }

    CategoryEdit trimmed() {
        return new CategoryEdit(t(kind), t(name), t(description), t(retiredOn));
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "That is not a date on the calendar.")
    boolean isRetiredOnReal() {
        return org.careerpath.web.Formats.calendarDateIfDateShaped(retiredOn);
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The columns an edit of an existing category changes (its kind stays: its skills' scales depend on it).
     * A retired category's skills and dimensions leave new assessments with it; stored ones keep their answers.
     */
    Map<String, String> columnsWithoutKind() {
        return Map.of("name", name, "description", description, "retired_at", retiredOn);
    }
}
