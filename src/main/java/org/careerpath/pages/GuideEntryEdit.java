package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.careerpath.admin.VersionedRows;
import org.careerpath.guides.GuideEntry;

/**
 * An editor's form for one entry of a guide's section: which guide, section and group it belongs to (chosen
 * when it is added; they stay afterwards), its heading, its text and any detail.
 */
record GuideEntryEdit(
        @NotBlank(message = "Choose the guide.") @Size(max = 80, message = "Choose the guide.")
        String role,

        @NotBlank(message = "Choose the section.")
        @Pattern(
                regexp = "responsibility|skill|tool|interview|challenge|skill-gap|faq",
                message = "Choose the section.")
        String section,

        @Size(max = 60, message = "At most 60 characters.") String category,

        @Size(max = 200, message = "At most 200 characters.")
        String heading,

        @NotBlank(message = "Write the entry's text.") @Size(max = 8000, message = "At most 8,000 characters.")
        String body,

        @Size(max = 8000, message = "At most 8,000 characters.")
        String detail) {

    /** The sections of a guide, as the form offers them. */
    static final Map<String, String> SECTIONS = sections();

    private static Map<String, String> sections() {
        Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("responsibility", "Responsibilities");
        s.put("skill", "Skills");
        s.put("tool", "Tools (group in Category)");
        s.put("interview", "Interview questions (kind in Category)");
        s.put("challenge", "Challenges (heading and detail)");
        s.put("skill-gap", "Common skill gaps");
        s.put("faq", "Questions people ask (question as heading)");
        return s;
    }

    static GuideEntryEdit of(VersionedRows.Row row) {
        return new GuideEntryEdit(
                row.get("slug"),
                row.get("section"),
                row.get("category"),
                row.get("heading"),
                row.get("body"),
                row.get("detail"));
    }

    GuideEntryEdit trimmed() {
        return new GuideEntryEdit(t(role), t(section), t(category), t(heading), t(body), t(detail));
    }

    /** The columns an edit of an existing entry changes (its guide, section and group stay). */
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
