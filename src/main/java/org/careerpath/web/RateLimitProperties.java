package org.careerpath.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limits, per client address: {@code careerpath.rate-limits.limits.<name>.capacity} requests per
 * {@code .period}, refilled smoothly. The defaults in application.yml are far above what a person does.
 *
 * @param enabled whether limits apply at all (the benchmark turns them off: all its clients share one address)
 * @param limits each limit by name
 */
@ConfigurationProperties("careerpath.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, Limit> limits) {

    /** At most {@code capacity} requests per {@code period}. */
    public record Limit(int capacity, Duration period) {}

    public RateLimitProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }
}
