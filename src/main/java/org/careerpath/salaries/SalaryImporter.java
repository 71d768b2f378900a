package org.careerpath.salaries;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.careerpath.sources.SourceCatalogue;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Imports an aijobs.net salary CSV as raw observations. Every row is checked; bad rows are reported by
 * line number and skipped; the good rows replace the source's previous observations in one transaction
 * (so importing the same file twice leaves the same data), loaded with PostgreSQL COPY; then the computed
 * bands are refreshed.
 */
@Service
public class SalaryImporter {

    static final String SOURCE = "aijobs-observations";

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final SourceCatalogue sources;
    private final SalaryImportRepository imports;

    SalaryImporter(
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transaction,
            SourceCatalogue sources,
            SalaryImportRepository imports) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.sources = sources;
        this.imports = imports;
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
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            read(reader, good, rejected);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        String fileName = file.getFileName().toString();
        int rowsRead = good.size() + rejected.size();
        return transaction.execute(status -> {
            long sourceId = sources.load().bySlug(SOURCE).orElseThrow().id();
            boolean unchanged = imports.findFirstBySourceIdOrderByImportedAtDescIdDesc(sourceId)
                    .map(last -> last.getSha256().equals(sha256))
                    .orElse(false);
            if (!unchanged) {
                jdbc.sql("delete from salary_observation where source_id = ?")
                        .param(sourceId)
                        .update();
                copy(sourceId, good);
                jdbc.sql("refresh materialized view salary_computed_band").update();
            }
            imports.save(new SalaryImportRow(sourceId, fileName, sha256, rowsRead, good.size(), rejected.size()));
            return new Result(fileName, rowsRead, good.size(), rejected.size(), List.copyOf(rejected), unchanged);
        });
    }

    /**
     * Reads the file record by record with Jackson's CSV parser (quoted fields may hold commas, quotes and
     * line breaks); each record is checked and kept or rejected with the line it starts on.
     */
    private static void read(Reader reader, List<Observation> good, List<Rejection> rejected) {
        try (JsonParser csv = CSV.createParser(reader)) {
            ObservationParser parser = null;
            List<String> record = new ArrayList<>();
            int line = 0;
            int depth = 0;
            for (JsonToken token = csv.nextToken(); token != null; token = csv.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    record = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY) {
                    if (--depth == 1) {
                        if (parser == null) {
                            parser = ObservationParser.forHeader(record);
                        } else {
                            Parsed parsed = parser.parse(line, record);
                            if (parsed.observation() != null) {
                                good.add(parsed.observation());
                            } else {
                                rejected.add(parsed.rejection());
                            }
                        }
                    }
                } else {
                    if (record.isEmpty()) {
                        line = csv.currentTokenLocation().getLineNr();
                    }
                    record.add(csv.getString());
                }
            }
            if (parser == null) {
                throw new IllegalArgumentException("The file is empty.");
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "The file is not valid CSV (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
        }
    }

    /** Bulk load with COPY on the transaction's own connection, the rows written as CSV by Jackson. */
    private void copy(long sourceId, List<Observation> rows) {
        Object[][] values = rows.stream()
                .map(o -> new Object[] {
                    sourceId,
                    o.lineNumber(),
                    o.workYear(),
                    o.experienceLevel(),
                    o.employmentType(),
                    o.jobTitle(),
                    o.salaryUsd().toPlainString(),
                    o.employeeResidence(),
                    o.remoteRatio(),
                    o.companyLocation(),
                    o.companySize()
                })
                .toArray(Object[][]::new);
        String csv = CSV.writer(CsvSchema.emptySchema().withoutHeader()).writeValueAsString(values);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy salary_observation (source_id, line_number, work_year, experience_level,
                              employment_type, job_title, salary_usd, employee_residence, remote_ratio,
                              company_location, company_size) from stdin with (format csv)
                            """, new StringReader(csv));
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
