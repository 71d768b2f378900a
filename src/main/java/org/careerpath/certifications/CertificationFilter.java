package org.careerpath.certifications;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Filters of the catalogue, all optional; bad values are dropped rather than failing the page. */
public record CertificationFilter(String provider, String status, BigDecimal maxCost, String sort) {

    public static final List<String> STATUSES = List.of("active", "retiring", "retired");
    public static final List<String> SORTS = List.of("name", "cost");

    /** The statuses with their labels, for the filter's drop-down. */
    public static final Map<String, String> STATUS_CHOICES = new LinkedHashMap<>();

    static {
        STATUS_CHOICES.put("active", "Active");
        STATUS_CHOICES.put("retiring", "Retiring");
        STATUS_CHOICES.put("retired", "Retired");
    }

    public CertificationFilter {
        provider = provider == null || provider.isBlank() ? null : provider.strip();
        status = status != null && STATUSES.contains(status) ? status : null;
        maxCost = maxCost != null && maxCost.signum() >= 0 ? maxCost : null;
        sort = sort != null && SORTS.contains(sort) ? sort : "name";
    }

    public static CertificationFilter none() {
        return new CertificationFilter(null, null, null, null);
    }

    public boolean any() {
        return provider != null || status != null || maxCost != null;
    }

    boolean matches(Certification c) {
        return (provider == null || provider.equals(c.provider()))
                && (status == null || status.equals(c.status()))
                && (maxCost == null || (c.costUsdMin() != null && c.costUsdMin().compareTo(maxCost) <= 0));
    }
}
