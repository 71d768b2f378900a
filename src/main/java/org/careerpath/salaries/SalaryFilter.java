package org.careerpath.salaries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filters of the salary comparison, all optional. Values that are not recognised are dropped (and the
 * page says so) rather than failing the request.
 *
 * @param location a location code (US, US-CA, GB, ...) or null for every location
 * @param source a source slug or null for every source
 * @param basis base, total or unspecified, or null for all
 * @param year the year of the figures, or null for every year
 */
public record SalaryFilter(String location, String source, String basis, Integer year) {

    public static final List<String> BASES = List.of("base", "total", "unspecified");

    /** The pay bases with their labels, for the filter's drop-down. */
    public static final Map<String, String> BASIS_CHOICES = new LinkedHashMap<>();

    static {
        BASIS_CHOICES.put("base", "Base pay");
        BASIS_CHOICES.put("total", "Total pay");
        BASIS_CHOICES.put("unspecified", "Not stated by the source");
    }

    public static SalaryFilter none() {
        return new SalaryFilter(null, null, null, null);
    }

    public boolean any() {
        return location != null || source != null || basis != null || year != null;
    }

    boolean matches(BandView band) {
        return (location == null || location.equals(band.locationCode()))
                && (source == null || source.equals(band.sourceSlug()))
                && (basis == null || basis.equals(band.payBasis()))
                && (year == null || year.equals(band.year()));
    }

    /** The filters as a query string ("?location=US&year=2024"), empty when there are none. */
    public String query() {
        List<String> parts = new java.util.ArrayList<>();
        if (location != null) parts.add("location=" + encode(location));
        if (source != null) parts.add("source=" + encode(source));
        if (basis != null) parts.add("basis=" + encode(basis));
        if (year != null) parts.add("year=" + year);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
