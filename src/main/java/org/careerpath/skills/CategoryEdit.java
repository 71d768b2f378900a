package org.careerpath.skills;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/** An editor's form for a category of skills and dimensions: its name and what it covers. */
record CategoryEdit(
        @NotBlank(message = "Give the category's name.") @Size(max = 120, message = "At most 120 characters.")
        String name,

        @NotBlank(message = "Say what the category covers.") @Size(max = 4000, message = "At most 4,000 characters.")
        String description) {

    static CategoryEdit of(VersionedRows.Row row) {
        return new CategoryEdit(row.get("name"), row.get("description"));
    }

    CategoryEdit trimmed() {
        return new CategoryEdit(name == null ? "" : name.strip(), description == null ? "" : description.strip());
    }

    Map<String, String> columns() {
        return Map.of("name", name, "description", description);
    }
}
