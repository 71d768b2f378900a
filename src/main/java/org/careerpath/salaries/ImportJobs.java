package org.careerpath.salaries;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.careerpath.admin.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Salary-survey imports started by an admin: the same importer as the command line, run on a background
 * thread, one at a time. Progress and outcome are written to {@code import_job} (outside the import's own
 * transaction, so that they show while it runs, on any instance); the import itself is all or nothing.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final JdbcClient jdbc;
    private final SalaryImporter importer;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "salary-import");
        thread.setDaemon(true);
        return thread;
    });

    private final TransactionTemplate outside;

    ImportJobs(JdbcClient jdbc, SalaryImporter importer, AuditLog audit, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.audit = audit;
        // progress is committed on its own, while the import's transaction is still open
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One import as shown on its page. */
    record Job(
            long id,
            String fileName,
            String sha256,
            String status,
            int rowsRead,
            int accepted,
            int rejected,
            String rejections,
            String summary,
            String startedBy,
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt) {

        public boolean running() {
            return "running".equals(status);
        }
    }

    /** Starts importing the content in the background; answers the job's id at once. */
    long start(String fileName, byte[] content, String by, String address) {
        String sha256 = SalaryImporter.digest(content);
        long id = jdbc.sql("insert into import_job (file_name, sha256, started_by) values (?, ?, ?) returning id")
                .params(fileName, sha256, by)
                .query(Long.class)
                .single();
        worker.execute(() -> run(id, fileName, content, sha256, by, address));
        return id;
    }

    private void run(long id, String fileName, byte[] content, String sha256, String by, String address) {
        try {
            SalaryImporter.Result result = importer.importUpload(
                    fileName,
                    content,
                    (read, accepted, rejected) -> outside.executeWithoutResult(status -> jdbc.sql(
                                    "update import_job set rows_read = ?, accepted = ?, rejected = ? where id = ?")
                            .params(read, accepted, rejected, id)
                            .update()));
            String status = result.refused() ? "refused" : result.unchanged() ? "unchanged" : "imported";
            jdbc.sql("""
                            update import_job set status = ?, rows_read = ?, accepted = ?, rejected = ?,
                                   rejections = cast(? as jsonb), summary = ?, finished_at = now()
                             where id = ?
                            """)
                    .params(
                            status,
                            result.read(),
                            result.refused() ? 0 : result.imported(),
                            result.rejected(),
                            json.writeValueAsString(result.rejectedRows()),
                            result.summary(),
                            id)
                    .update();
            audit.record(
                    by,
                    "import " + status,
                    "salary-survey",
                    Long.toString(id),
                    null,
                    java.util.Map.of(
                            "file",
                            fileName,
                            "sha256",
                            sha256,
                            "read",
                            result.read(),
                            "imported",
                            result.refused() ? 0 : result.imported(),
                            "rejected",
                            result.rejected()),
                    address);
        } catch (IllegalArgumentException e) {
            failed(id, e.getMessage(), fileName, sha256, by, address);
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", id, fileName, e);
            failed(
                    id,
                    "The import failed; nothing was imported. The log has the details.",
                    fileName,
                    sha256,
                    by,
                    address);
        }
    }

    private void failed(long id, String message, String fileName, String sha256, String by, String address) {
        jdbc.sql("update import_job set status = 'failed', summary = ?, finished_at = now() where id = ?")
                .params(message, id)
                .update();
        audit.record(
                by,
                "import failed",
                "salary-survey",
                Long.toString(id),
                null,
                java.util.Map.of("file", fileName, "sha256", sha256, "reason", message),
                address);
    }

    Optional<Job> find(long id) {
        return jdbc.sql("select id, file_name, sha256, status, rows_read, accepted, rejected, rejections::text as"
                        + " rejections, summary, started_by, created_at, finished_at from import_job where id = ?")
                .param(id)
                .query(Job.class)
                .optional();
    }

    List<Job> latest() {
        return jdbc.sql("select id, file_name, sha256, status, rows_read, accepted, rejected, null as rejections,"
                        + " summary, started_by, created_at, finished_at from import_job order by id desc limit 20")
                .query(Job.class)
                .list();
    }

    /** The rejected rows of a finished job. */
    List<SalaryImporter.RejectedRow> rejections(Job job) {
        if (job.rejections() == null) {
            return List.of();
        }
        return List.of(json.readValue(job.rejections(), SalaryImporter.RejectedRow[].class));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
