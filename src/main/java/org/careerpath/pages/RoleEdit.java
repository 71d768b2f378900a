package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/**
 * An editor's form for a role: where it sits (a level of the ladder, or a neighbouring job and the level people
 * usually enter it from) and its occupation code, chosen when it is added; its title and one-line summary.
 * Its address stays.
 */
record RoleEdit(
        @Pattern(regexp = "|ladder|neighbour", message = "Choose whether it is on the ladder or a neighbouring job.")
        String family,

        @Size(max = 60, message = "Choose a level.") String level,

        @Pattern(regexp = "|\\d{2}-\\d{4}", message = "A US SOC code such as 15-2051, or nothing.")
        String socCode,

        @Size(max = 120, message = "At most 120 characters.")
        String socTitle,

        @NotBlank(message = "Give the role's title.") @Size(max = 120, message = "At most 120 characters.")
        String title,

        @NotBlank(message = "Summarise the role in a sentence.") @Size(max = 300, message = "At most 300 characters.")
        String summary) {

    static RoleEdit of(VersionedRows.Row row) {
        return new RoleEdit("", "", "", "", row.get("title"), row.get("summary"));
    }

    RoleEdit trimmed() {
        return new RoleEdit(t(family), t(level), t(socCode), t(socTitle), t(title), t(summary));
    }

    /** The columns an edit of an existing role changes. */
    Map<String, String> columns() {
        return Map.of("title", title, "summary", summary);
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
