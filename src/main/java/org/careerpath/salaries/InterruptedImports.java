package org.careerpath.salaries;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An import ({@link ImportJobs}) whose instance stopped while it ran never finishes: on start, imports still
 * "running" after an hour (a survey file takes seconds) are marked failed, so their page says so instead of
 * waiting forever. One statement at every start, apart from the importer, which is made when an import runs.
 */
@Component
class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final JdbcClient jdbc;

    InterruptedImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markFailed() {
        int interrupted = jdbc.sql("""
                        update import_job set status = 'failed', finished_at = now(),
                               summary = 'The import was interrupted (the portal stopped while it ran); nothing was imported.'
                         where status = 'running' and created_at < now() - interval '1 hour'
                        """).update();
        if (interrupted > 0) {
            log.warn("Marked {} interrupted salary import(s) as failed", interrupted);
        }
    }
}
