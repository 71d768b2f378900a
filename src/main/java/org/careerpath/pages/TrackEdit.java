package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/** An editor's form for a career track: its name and what sets it apart. */
record TrackEdit(
        @NotBlank(message = "Give the track's name.") @Size(max = 120, message = "At most 120 characters.")
        String name,

        @NotBlank(message = "Say how people grow on this track.")
        @Size(max = 4000, message = "At most 4,000 characters.")
        String description,

        @Size(max = 60, message = "Choose the level it branches from.")
        String branchesFrom) {

    static TrackEdit of(VersionedRows.Row row) {
        return new TrackEdit(row.get("name"), row.get("description"), "");
    }

    TrackEdit trimmed() {
        return new TrackEdit(t(name), t(description), t(branchesFrom));
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }

    Map<String, String> columns() {
        return Map.of("name", name, "description", description);
    }
}
