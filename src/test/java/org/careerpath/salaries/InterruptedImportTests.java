package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import whose instance stopped while it ran is marked failed on the next start, not left running. */
@PortalIntegrationTest
class InterruptedImportTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    InterruptedImports interrupted;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportLeftRunningByAStoppedInstanceIsMarkedFailed() {
        long stale = jdbc.sql("""
                        insert into import_job (file_name, sha256, started_by, created_at)
                        values ('stale.csv', 'x', 'someone', now() - interval '2 hours') returning id
                        """).query(Long.class).single();
        long fresh = jdbc.sql(
                        "insert into import_job (file_name, sha256, started_by) values ('fresh.csv', 'y', 'someone')"
                                + " returning id")
                .query(Long.class)
                .single();
        interrupted.markFailed();
        assertThat(jobs.find(stale).orElseThrow().status()).isEqualTo("failed");
        assertThat(jobs.find(stale).orElseThrow().summary()).contains("interrupted");
        assertThat(jobs.find(fresh).orElseThrow().status())
                .as("an import that may still be running elsewhere is left alone")
                .isEqualTo("running");
        jdbc.sql("update import_job set status = 'failed', finished_at = now() where id = ?")
                .param(fresh)
                .update();
    }
}
