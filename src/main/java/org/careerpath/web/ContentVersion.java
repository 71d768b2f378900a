package org.careerpath.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The number of the published content, kept in PostgreSQL (so every instance shares it) and mirrored in
 * memory (so a request never asks the database for it). Content migrations, survey imports and the
 * editor's publish bump it; every instance hears of a change at once through a change notice ({@link
 * ChangeNotices}), and within a second by polling should it miss one. Everything rendered from content is
 * keyed on it, so a bump is all it takes to refresh.
 */
@Component
public class ContentVersion {

    private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private volatile long current = -1;

    ContentVersion(JdbcClient jdbc, TransactionTemplate transaction, ChangeNotices notices) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        // a bump anywhere is heard at once; the poll below is the backstop while notices are not heard
        notices.subscribe("content_version", payload -> poll(), this::poll);
    }

    /** The version as this instance last saw it; read from the database on first use. */
    public long current() {
        long version = current;
        return version >= 0 ? version : refresh();
    }

    /** Reads the version from the database; tells the listeners when it changed. */
    public long refresh() {
        return changeTo(read());
    }

    private long read() {
        return jdbc.sql("select version from content_version where id = 1")
                .query(Long.class)
                .single();
    }

    /** Marks the content as changed, for every instance: the next requests render afresh. */
    public long bump() {
        Long version = transaction.execute(status -> {
            jdbc.sql("update content_version set version = version + 1, updated_at = now() where id = 1")
                    .update();
            return read();
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // inside a larger transaction (a publish): caches are emptied once the new content is visible,
            // never before, so that no request can keep the old content under the new number
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changeTo(version);
                }
            });
            return version;
        }
        return changeTo(version);
    }

    /** Runs when the version changes (with the new version), on the thread that noticed. */
    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    @Scheduled(fixedDelayString = "${careerpath.content-version.poll:PT1S}")
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.debug("Could not read the content version; keeping {}", current, e);
        }
    }

    private synchronized long changeTo(long version) {
        if (version != current) {
            long before = current;
            current = version;
            if (before >= 0) {
                log.info("Content version {} -> {}", before, version);
            }
            listeners.forEach(l -> l.accept(version));
        }
        return version;
    }
}
