package org.careerpath.salaries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The filters of the salary pages and downloads, all checked against what exists.
 *
 * @param location the place asked about (a location code); the United States unless chosen
 * @param level a level slug, or null for every level
 * @param source a source slug, or null for every source
 * @param basis base, gross, total or unspecified, or null for all
 * @param year the year of the figures, or null: each level then shows the survey year with the most
 *     responses for the place, and every published figure
 * @param titles the survey titles to compute from; empty for every title CareerPath counts
 */
public record SalaryFilter(
        String location, String level, String source, String basis, Integer year, Set<String> titles) {

    public static final String DEFAULT_LOCATION = "US";

    public static SalaryFilter none() {
        return new SalaryFilter(DEFAULT_LOCATION, null, null, null, null, Set.of());
    }

    public boolean any() {
        return !DEFAULT_LOCATION.equals(location)
                || level != null
                || source != null
                || basis != null
                || year != null
                || !titles.isEmpty();
    }

    boolean matches(BandView band) {
        return (source == null || source.equals(band.sourceSlug()))
                && (basis == null || basis.equals(band.payBasis()))
                && (year == null || year.equals(band.year()));
    }

    /** The filters as a query string ("?location=US&year=2024"), empty when there are none. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (!DEFAULT_LOCATION.equals(location)) parts.add("location=" + encode(location));
        if (level != null) parts.add("level=" + encode(level));
        if (source != null) parts.add("source=" + encode(source));
        if (basis != null) parts.add("basis=" + encode(basis));
        if (year != null) parts.add("year=" + year);
        titles.stream().sorted().forEach(t -> parts.add("title=" + encode(t)));
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
