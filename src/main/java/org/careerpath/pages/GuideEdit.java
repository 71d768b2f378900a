package org.careerpath.pages;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.careerpath.admin.VersionedRows;

/** An editor's form for a guide's opening: the overview, a day in the work, and when it was last reviewed. */
record GuideEdit(
        @Size(max = 80, message = "Choose the role.") String role,

        @NotBlank(message = "Write the overview.") @Size(max = 8000, message = "At most 8,000 characters.")
        String overview,

        @NotBlank(message = "Describe a day in the work.") @Size(max = 8000, message = "At most 8,000 characters.")
        String dayInWork,

        @NotBlank(message = "Give the day it was last reviewed.")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "A date such as 2026-11-23.")
        String lastReviewed) {

    static final Map<String, String> RULE_FIELDS = Map.of("lastReviewedReal", "lastReviewed");

    static GuideEdit of(VersionedRows.Row row) {
        return new GuideEdit("", row.get("overview"), row.get("day_in_work"), row.get("last_reviewed"));
    }

    GuideEdit trimmed() {
        return new GuideEdit(t(role), t(overview), t(dayInWork), t(lastReviewed));
    }

    @JsonIgnore
    @AssertTrue(message = "That is not a date on the calendar.")
    boolean isLastReviewedReal() {
        return org.careerpath.web.Formats.calendarDateIfDateShaped(lastReviewed);
    }

    LocalDate reviewedOn() {
        return LocalDate.parse(lastReviewed);
    }

    Map<String, String> columns() {
        return Map.of("overview", overview, "day_in_work", dayInWork, "last_reviewed", lastReviewed);
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
