package org.careerpath.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Token buckets per limit and client address, kept in PostgreSQL by Bucket4j (table rate_limit_bucket), so a
 * limit holds however many instances serve the client. The client address is the connection's, or the one a
 * trusted proxy forwarded when forwarded headers are enabled. Buckets are removed once they would be full
 * again, so the table holds only clients seen lately.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimits {

    /** A request attribute: seconds to wait, shown by the 429 page when a filter answers 429 itself. */
    public static final String RETRY_AFTER = RateLimits.class.getName() + ".retryAfter";

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final RateLimitProperties properties;
    // built on first use: Bucket4j's set-up costs a few hundred milliseconds of a start on one core, and
    // nothing is limited before the first request
    private final SingletonSupplier<PostgreSQLSelectForUpdateBasedProxyManager<String>> buckets;
    private final Map<String, BucketConfiguration> configurations = new ConcurrentHashMap<>();

    RateLimits(RateLimitProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.buckets = SingletonSupplier.of(() -> Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build());
    }

    /** Spends one token of the named limit for the request's client, or throws TooManyRequestsException. */
    public void spend(String limit, HttpServletRequest request) {
        if (!properties.enabled()) {
            return;
        }
        BucketConfiguration configuration = configurations.computeIfAbsent(limit, this::configuration);
        String client = request.getRemoteAddr();
        ConsumptionProbe probe = buckets.obtain()
                .builder()
                .build(limit + ":" + client, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            log.warn(
                    "Rate limit {} reached by {} on {} {}",
                    limit,
                    client,
                    request.getMethod(),
                    request.getRequestURI());
            throw new TooManyRequestsException(limit, seconds);
        }
    }

    /**
     * How many seconds {@code key} must wait under the named limit before its next try, 0 when it may try
     * now. Spends nothing: for limits that count failures ({@link #fail}), which apply even where the request
     * limits above are switched off.
     */
    public long secondsToWait(String limit, String key) {
        BucketConfiguration configuration = configurations.computeIfAbsent(limit, this::configuration);
        EstimationProbe probe = buckets.obtain()
                .builder()
                .build(limit + ":" + key, () -> configuration)
                .estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? 0
                : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    /** Counts one failure of {@code key} under the named limit (see {@link #secondsToWait}). */
    public void fail(String limit, String key) {
        BucketConfiguration configuration = configurations.computeIfAbsent(limit, this::configuration);
        buckets.obtain().builder().build(limit + ":" + key, () -> configuration).tryConsume(1);
    }

    private BucketConfiguration configuration(String limit) {
        RateLimitProperties.Limit configured = properties.limits().get(limit);
        if (configured == null) {
            throw new IllegalStateException("No rate limit named " + limit + " under careerpath.rate-limits.limits");
        }
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(configured.capacity())
                        .refillGreedy(configured.capacity(), configured.period())
                        .build())
                .build();
    }

    @Scheduled(
            fixedDelayString = "${careerpath.rate-limits.cleanup:PT10M}",
            initialDelayString = "${careerpath.rate-limits.cleanup:PT10M}")
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.obtain().removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            log.debug("Could not remove expired rate-limit buckets", e);
        }
    }
}
