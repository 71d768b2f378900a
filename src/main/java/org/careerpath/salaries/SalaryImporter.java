package org.careerpath.salaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.careerpath.salaries.ObservationParser.Observation;
import org.careerpath.salaries.ObservationParser.Parsed;
import org.careerpath.salaries.ObservationParser.Rejection;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an aijobs.net salary CSV as raw observations. Every row is checked; bad rows are reported by
 * line number and skipped; the good rows replace the source's previous observations in one transaction
 * (so importing the same file twice leaves the same data), loaded with PostgreSQL COPY; then the computed
 * bands are refreshed.
 */
@Service
public class SalaryImporter {

    static final String SOURCE = "aijobs-observations";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    SalaryImporter(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    /** What an import did. */
    public record Result(
            String fileName, int read, int imported, int rejected, List<Rejection> rejections, boolean unchanged) {

        public String summary() {
            return unchanged
                    ? "%s: already imported (same content); nothing changed. %d rows, %d kept, %d rejected."
                            .formatted(fileName, read, imported, rejected)
                    : "%s: read %d rows, imported %d, rejected %d.".formatted(fileName, read, imported, rejected);
        }
    }

    public Result importFile(Path file) throws IOException {
        List<Observation> good = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        String sha256;
        int read = 0;
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            ObservationParser parser = ObservationParser.forHeader(lines.readLine());
            String line;
            int lineNumber = 1;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                read++;
                Parsed parsed = parser.parse(lineNumber, line);
                if (parsed.observation() != null) {
                    good.add(parsed.observation());
                } else {
                    rejected.add(parsed.rejection());
                }
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
        String fileName = file.getFileName().toString();
        int rowsRead = read;
        return transaction.execute(status -> {
            long sourceId = jdbc.sql("select id from salary_source where slug = ?")
                    .param(SOURCE)
                    .query(Long.class)
                    .single();
            boolean unchanged = jdbc.sql("""
                            select sha256 from salary_import where source_id = ?
                            order by imported_at desc, id desc limit 1
                            """)
                    .param(sourceId)
                    .query(String.class)
                    .optional()
                    .map(sha256::equals)
                    .orElse(false);
            if (!unchanged) {
                jdbc.sql("delete from salary_observation where source_id = ?")
                        .param(sourceId)
                        .update();
                copy(sourceId, good);
                jdbc.sql("refresh materialized view salary_computed_band").update();
            }
            jdbc.sql("""
                            insert into salary_import (source_id, file_name, sha256, rows_read, rows_imported, rows_rejected)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(sourceId, fileName, sha256, rowsRead, good.size(), rejected.size())
                    .update();
            return new Result(fileName, rowsRead, good.size(), rejected.size(), List.copyOf(rejected), unchanged);
        });
    }

    /** Bulk load with COPY on the transaction's own connection. */
    private void copy(long sourceId, List<Observation> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 80);
        for (Observation o : rows) {
            csv.append(sourceId)
                    .append(',')
                    .append(o.lineNumber())
                    .append(',')
                    .append(o.workYear())
                    .append(',')
                    .append(o.experienceLevel())
                    .append(',')
                    .append(o.employmentType())
                    .append(',')
                    .append('"')
                    .append(o.jobTitle().replace("\"", "\"\""))
                    .append('"')
                    .append(',')
                    .append(o.salaryUsd().toPlainString())
                    .append(',')
                    .append(o.employeeResidence())
                    .append(',')
                    .append(o.remoteRatio())
                    .append(',')
                    .append(o.companyLocation())
                    .append(',')
                    .append(o.companySize())
                    .append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy salary_observation (source_id, line_number, work_year, experience_level,
                              employment_type, job_title, salary_usd, employee_residence, remote_ratio,
                              company_location, company_size) from stdin with (format csv)
                            """, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load the salary observations: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
