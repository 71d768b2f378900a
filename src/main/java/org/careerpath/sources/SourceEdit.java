package org.careerpath.sources;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * A source as the editors' form holds it: the citation a reader checks (publisher, title, year or
 * "undated", date read, address) and how the portal uses it. Text as typed, checked with Bean Validation
 * against the same rules as the table's constraints. The slug is the source's identity in the content and
 * is not edited here.
 */
record SourceEdit(
        @NotBlank(message = "Give the publisher.") @Size(max = 120, message = "At most 120 characters.")
        String publisher,

        @Size(max = 160, message = "At most 160 characters.")
        String author,

        @NotBlank(message = "Give the title.") @Size(max = 300, message = "At most 300 characters.")
        String title,

        @Pattern(regexp = "|\\d{4}", message = "A year such as 2024, or nothing when the source is undated.")
        String year,

        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "A date such as 2026-11-23.")
        String dateRead,

        @Size(max = 300, message = "At most 300 characters.")
        @Pattern(regexp = "|https://\\S+", message = "An https:// address without spaces, or nothing.")
        String url,

        @NotBlank(message = "Choose a kind.")
        @Pattern(regexp = "official|survey|guide|framework|editorial", message = "Choose a kind.")
        String kind,

        @NotBlank(message = "Say how the portal uses this source.")
        @Size(max = 4000, message = "At most 4,000 characters.")
        String methodNote) {

    static final Map<String, String> RULE_FIELDS = Map.of("yearInRange", "year", "dateReal", "dateRead");

    static SourceEdit of(Source s) {
        return new SourceEdit(
                s.publisher(),
                s.author() == null ? "" : s.author(),
                s.title(),
                s.year() == null ? "" : s.year().toString(),
                s.dateRead() == null ? "" : s.dateRead().toString(),
                s.url() == null ? "" : s.url(),
                s.kind(),
                s.methodNote());
    }

    SourceEdit trimmed() {
        return new SourceEdit(t(publisher), t(author), t(title), t(year), t(dateRead), t(url), t(kind), t(methodNote));
    }

    @JsonIgnore
    @AssertTrue(message = "A year from 2000 to 2100.")
    boolean isYearInRange() {
        if (year == null || !year.matches("\\d{4}")) {
            return true;
        }
        int value = Integer.parseInt(year);
        return value >= 2000 && value <= 2100;
    }

    @JsonIgnore
    @AssertTrue(message = "That is not a date on the calendar.")
    boolean isDateReal() {
        return org.careerpath.web.Formats.calendarDateIfDateShaped(dateRead);
    }

    /** The published source with this edit applied. */
    Source appliedTo(Source s) {
        return new Source(
                s.id(),
                s.slug(),
                publisher,
                blank(author) ? null : author,
                title,
                blank(year) ? null : Integer.valueOf(year),
                blank(dateRead) ? null : LocalDate.parse(dateRead),
                blank(url) ? null : url,
                kind,
                methodNote,
                s.position());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
