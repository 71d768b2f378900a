package org.careerpath.salaries;

import java.util.List;

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

    public static SalaryFilter none() {
        return new SalaryFilter(null, null, null, null);
    }

    public boolean any() {
        return location != null || source != null || basis != null || year != null;
    }
}
