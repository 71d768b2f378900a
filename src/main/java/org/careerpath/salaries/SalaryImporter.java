package org.careerpath.salaries;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.careerpath.salaries.ObservationParser.Observation;
import org.careerpath.salaries.ObservationParser.Parsed;
import org.careerpath.salaries.ObservationParser.Rejection;
import org.careerpath.sources.SourceCatalogue;
import org.careerpath.web.ContentVersion;
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
 * bands are refreshed. A file with more than 10% of its rows rejected is mostly not what it claims to be:
 * nothing of it is imported. Imports take a PostgreSQL advisory lock, so instances never import at once.
 */
@Service
public class SalaryImporter {

    static final String SOURCE = "aijobs-observations";

    /** More than this share of rejected rows, and nothing of the file is imported. */
    static final double MAX_REJECTED_SHARE = 0.10;

    private static final long LOCK = 7_312_001L;

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final SourceCatalogue sources;
    private final SalaryImportRepository imports;
    private final ContentVersion contentVersion;

    SalaryImporter(
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transaction,
            SourceCatalogue sources,
            SalaryImportRepository imports,
            ContentVersion contentVersion) {
        this.contentVersion = contentVersion;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.sources = sources;
        this.imports = imports;
    }

    /**
     * What an import did.
     *
     * @param unchanged the same content was the last import: nothing changed
     * @param refused too many rows were rejected: nothing was imported
     */
    public record Result(
            String fileName,
            int read,
            int imported,
            int rejected,
            List<Rejection> rejections,
            boolean unchanged,
            boolean refused) {

        /** Every rejected row: the line it starts on and why. */
        public List<RejectedRow> rejectedRows() {
            return rejections.stream()
                    .map(r -> new RejectedRow(r.lineNumber(), r.reason()))
                    .toList();
        }

        public String summary() {
            if (refused) {
                return "%s: %d of %d rows rejected, more than %d%%; this does not look like the survey, so nothing was imported."
                        .formatted(fileName, rejected, read, Math.round(MAX_REJECTED_SHARE * 100));
            }
            return unchanged
                    ? "%s: already imported (same content); nothing changed. %d rows, %d kept, %d rejected."
                            .formatted(fileName, read, imported, rejected)
                    : "%s: read %d rows, imported %d, rejected %d.".formatted(fileName, read, imported, rejected);
        }
    }

    public Result importFile(Path file) throws IOException {
        return importFile(file, SOURCE);
    }

    /** Imports a file as the observations of the given source (tests use a source of their own). */
    public Result importFile(Path file, String sourceSlug) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importContent(file.getFileName().toString(), in.readAllBytes(), sourceSlug);
        }
    }

    /**
     * Loads a survey file shipped with the application (gzip-compressed) unless content with the same
     * SHA-256 was ever imported for the source: a later start does not load it again, and a newer file
     * imported since is not replaced by the older shipped one.
     */
    public Optional<Result> loadOnce(String fileName, InputStream gzipped, String sourceSlug) throws IOException {
        byte[] content;
        try (InputStream in = new GZIPInputStream(gzipped)) {
            content = in.readAllBytes();
        }
        String sha256 = sha256(content);
        long sourceId = sources.load().bySlug(sourceSlug).orElseThrow().id();
        Optional<Result> result = transaction.execute(status -> {
            lock();
            if (imports.existsBySourceIdAndSha256(sourceId, sha256)) {
                return Optional.<Result>empty();
            }
            return Optional.of(store(fileName, content, sha256, sourceId, Progress.NONE));
        });
        result.ifPresent(this::published);
        return result;
    }

    private Result importContent(String fileName, byte[] content, String sourceSlug) {
        return importContent(fileName, content, sourceSlug, Progress.NONE);
    }

    /** A row the import did not take, by the line it starts on. */
    public record RejectedRow(int line, String reason) {}

    /** How far a running import has got: records read, kept and rejected so far. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (read, accepted, rejected) -> {};

        void rows(int read, int accepted, int rejected);
    }

    /**
     * Imports uploaded content as the survey's observations (the editors' import screen), telling {@code
     * progress} every {@value #PROGRESS_EVERY} records. All or nothing, as from the command line.
     */
    public Result importUpload(String fileName, byte[] content, Progress progress) {
        return importContent(fileName, content, SOURCE, progress);
    }

    /** The SHA-256 of content, as imports record it. */
    public static String digest(byte[] content) {
        return sha256(content);
    }

    static final int PROGRESS_EVERY = 1000;

    private Result importContent(String fileName, byte[] content, String sourceSlug, Progress progress) {
        String sha256 = sha256(content);
        long sourceId = sources.load().bySlug(sourceSlug).orElseThrow().id();
        Result result = transaction.execute(status -> {
            lock();
            return store(fileName, content, sha256, sourceId, progress);
        });
        published(result);
        return result;
    }

    /** New figures are new content: every instance renders its pages afresh. */
    private void published(Result result) {
        if (!result.unchanged() && !result.refused()) {
            contentVersion.bump();
        }
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
    }

    private Result store(String fileName, byte[] content, String sha256, long sourceId, Progress progress) {
        List<Observation> good = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            read(reader, good, rejected, progress);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int rowsRead = good.size() + rejected.size();
        if (rejected.size() > rowsRead * MAX_REJECTED_SHARE) {
            return new Result(fileName, rowsRead, 0, rejected.size(), List.copyOf(rejected), false, true);
        }
        {
            boolean unchanged = imports.findFirstBySourceIdOrderByImportedAtDescIdDesc(sourceId)
                    .map(last -> last.getSha256().equals(sha256))
                    .orElse(false);
            if (!unchanged) {
                jdbc.sql("delete from salary_observation where source_id = ?")
                        .param(sourceId)
                        .update();
                copy(sourceId, good);
                jdbc.sql("refresh materialized view salary_computed_band").update();
                jdbc.sql("refresh materialized view survey_title_count").update();
            }
            imports.save(new SalaryImportRow(sourceId, fileName, sha256, rowsRead, good.size(), rejected.size()));
            return new Result(
                    fileName, rowsRead, good.size(), rejected.size(), List.copyOf(rejected), unchanged, false);
        }
    }

    /**
     * Reads the file record by record with Jackson's CSV parser (quoted fields may hold commas, quotes and
     * line breaks); each record is checked and kept or rejected with the line it starts on.
     */
    private static void read(Reader reader, List<Observation> good, List<Rejection> rejected, Progress progress) {
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
                            if ((good.size() + rejected.size()) % PROGRESS_EVERY == 0) {
                                progress.rows(good.size() + rejected.size(), good.size(), rejected.size());
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
            progress.rows(good.size() + rejected.size(), good.size(), rejected.size());
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
