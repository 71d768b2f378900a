package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/** An editor's form for a role: its title and one-line summary (its address stays). */
record RoleEdit(
        @NotBlank(message = "Give the role's title.") @Size(max = 120, message = "At most 120 characters.")
        String title,

        @NotBlank(message = "Summarise the role in a sentence.") @Size(max = 300, message = "At most 300 characters.")
        String summary) {

    static RoleEdit of(VersionedRows.Row row) {
        return new RoleEdit(row.get("title"), row.get("summary"));
    }

    RoleEdit trimmed() {
        return new RoleEdit(title == null ? "" : title.strip(), summary == null ? "" : summary.strip());
    }

    Map<String, String> columns() {
        return Map.of("title", title, "summary", summary);
    }
}
