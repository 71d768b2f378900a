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
        String description) {

    static CategoryEdit of(VersionedRows.Row row) {
        return new CategoryEdit(row.get("kind"), row.get("name"), row.get("description"));
    }

    CategoryEdit trimmed() {
        return new CategoryEdit(
                kind == null ? "" : kind.strip(),
                name == null ? "" : name.strip(),
                description == null ? "" : description.strip());
    }

    /** The columns an edit of an existing category changes (its kind stays: its skills' scales depend on it). */
    Map<String, String> columnsWithoutKind() {
        return Map.of("name", name, "description", description);
    }
}
