package org.careerpath.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an embedded PostgreSQL server on a data directory that survives restarts, recovering from a
 * server left running by a run that was killed.
 */
final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final String POSTMASTER_PID = "postmaster.pid";

    private EmbeddedPostgresLauncher() {}

    static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        createDirectory(dataDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        if (fresh) {
            ensureEmptyForInitdb(dataDirectory);
        } else {
            ensureNotInUse(dataDirectory);
            stopOrphanedServer(dataDirectory);
        }
        log.info(
                "Starting embedded PostgreSQL with {} data directory {}",
                fresh ? "a new" : "the existing",
                dataDirectory);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setPGStartupWait(properties.startupTimeout())
                    .start();
            createDatabaseIfMissing(postgres, properties.database());
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedPostgresException(
                    "The embedded PostgreSQL server could not start on data directory " + dataDirectory + ": "
                            + e.getMessage(),
                    "Check that the folder is writable and not used by another program; or set "
                            + "CAREERPATH_EMBEDDED_POSTGRES_DATA_DIRECTORY to another folder; or point "
                            + "SPRING_DATASOURCE_URL at a PostgreSQL server of your own.",
                    e);
        }
    }

    private static void createDirectory(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new EmbeddedPostgresException(
                    "Cannot create the embedded PostgreSQL data directory " + dataDirectory + ".",
                    "Set CAREERPATH_EMBEDDED_POSTGRES_DATA_DIRECTORY to a folder you can write to.",
                    e);
        }
    }

    /** initdb needs an empty folder; a lone lock file from a failed first start is safe to drop. */
    private static void ensureEmptyForInitdb(Path dataDirectory) {
        deleteQuietly(dataDirectory.resolve(ZONKY_LOCK_FILE));
        try (var entries = Files.list(dataDirectory)) {
            if (entries.findAny().isPresent()) {
                throw new EmbeddedPostgresException(
                        "The folder " + dataDirectory + " is not empty but holds no PostgreSQL data directory"
                                + " (perhaps a first start was interrupted).",
                        "Delete the folder to let CareerPath create a new database there, or set "
                                + "CAREERPATH_EMBEDDED_POSTGRES_DATA_DIRECTORY to an empty or new folder.",
                        null);
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException(
                    "Cannot read the folder " + dataDirectory + ".", "Check its permissions.", e);
        }
    }

    /** The embedded server library holds a file lock while it runs; if someone holds it now, stop. */
    private static void ensureNotInUse(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory, null);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory, e);
        } catch (IOException e) {
            throw new EmbeddedPostgresException(
                    "Cannot open the lock file " + lockFile + ".", "Check the permissions of the data directory.", e);
        }
    }

    private static EmbeddedPostgresException inUse(Path dataDirectory, Throwable cause) {
        return new EmbeddedPostgresException(
                "The embedded PostgreSQL data directory " + dataDirectory + " is in use by another running CareerPath.",
                "Stop the other instance first, or give this one its own folder with "
                        + "CAREERPATH_EMBEDDED_POSTGRES_DATA_DIRECTORY.",
                cause);
    }

    /**
     * A run killed without shutting down leaves its server running (or a stale postmaster.pid). Nothing
     * holds the lock any more, so the server is an orphan: ask it to stop, as pg_ctl's fast mode would.
     */
    private static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(POSTMASTER_PID);
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(handle ->
                        handle.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            log.warn("Removing stale {} left by an earlier run (process {} is gone)", pidFile, pid.get());
            deleteQuietly(pidFile);
            return;
        }
        log.warn(
                "Found a PostgreSQL server (process {}) left running by an earlier run that did not shut down; stopping it",
                pid.get());
        signal(pid.get(), "INT");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (server.get().isAlive() && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
        if (server.get().isAlive()) {
            throw new EmbeddedPostgresException(
                    "A PostgreSQL server (process " + pid.get() + ") from an earlier run still uses " + dataDirectory
                            + " and did not stop within 30 seconds.",
                    "Stop process " + pid.get() + " (kill " + pid.get() + ") and start CareerPath again.",
                    null);
        }
        deleteQuietly(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}", file, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new EmbeddedPostgresException(
                    "Invalid embedded database name '" + database + "'.",
                    "Use lower-case letters, digits and underscores in careerpath.embedded-postgres.database.",
                    null);
        }
        DataSource admin = postgres.getPostgresDatabase();
        try (var connection = admin.getConnection();
                var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            try (var rows = check.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                    log.info("Created database {} in the embedded server", database);
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedPostgresException(
                    "Could not prepare database " + database + " in the embedded server: " + e.getMessage(),
                    "Delete the data directory to start from scratch, or set SPRING_DATASOURCE_URL.",
                    e);
        }
    }
}
