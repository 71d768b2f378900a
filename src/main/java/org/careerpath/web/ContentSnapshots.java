package org.careerpath.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each content module loads from the database, kept in memory for the current content version: the
 * first request after a change loads it (in one read-only transaction), every later one is served from
 * memory with no database work at all. A new version starts with nothing loaded.
 */
@Component
public class ContentSnapshots {

    private record Snapshot(long version, Map<String, Object> values) {}

    private final ContentVersion version;
    private final TransactionTemplate readOnly;
    private volatile Snapshot snapshot = new Snapshot(-1, new ConcurrentHashMap<>());

    ContentSnapshots(ContentVersion version, PlatformTransactionManager transactions) {
        this.version = version;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /**
     * The named value for the current content version, loaded once. Loaders may ask for other snapshots;
     * two requests that miss at once may both load, and one result is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> loader) {
        Snapshot current = snapshot();
        Object value = current.values().get(name);
        if (value == null) {
            value = readOnly.execute(status -> loader.get());
            Object earlier = current.values().putIfAbsent(name, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }

    private Snapshot snapshot() {
        long now = version.current();
        Snapshot current = snapshot;
        if (current.version() != now) {
            synchronized (this) {
                current = snapshot;
                if (current.version() != now) {
                    current = new Snapshot(now, new ConcurrentHashMap<>());
                    snapshot = current;
                }
            }
        }
        return current;
    }
}
