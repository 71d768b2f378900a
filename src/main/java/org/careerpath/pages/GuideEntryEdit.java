package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;
import org.careerpath.guides.GuideEntry;

/** An editor's form for one entry of a guide's section: its heading, its text and any detail. */
record GuideEntryEdit(
        @Size(max = 200, message = "At most 200 characters.")
        String heading,

        @NotBlank(message = "Write the entry's text.") @Size(max = 8000, message = "At most 8,000 characters.")
        String body,

        @Size(max = 8000, message = "At most 8,000 characters.")
        String detail) {

    static GuideEntryEdit of(VersionedRows.Row row) {
        return new GuideEntryEdit(row.get("heading"), row.get("body"), row.get("detail"));
    }

    GuideEntryEdit trimmed() {
        return new GuideEntryEdit(t(heading), t(body), t(detail));
    }

    Map<String, String> columns() {
        return Map.of("heading", heading, "body", body, "detail", detail);
    }

    /** The entry as the guide shows it, in its category. */
    GuideEntry entry(String category) {
        return new GuideEntry(category, heading.isBlank() ? null : heading, body, detail.isBlank() ? null : detail);
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
