package org.careerpath.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an embedded PostgreSQL server on a data directory that survives restarts, recovering from a
 * server left running by a run that was killed.
 *
 * <p>The server is safe to run on a shared machine: it asks for a password (scram-sha-256) on 127.0.0.1 and
 * ::1, has no Unix socket, and keeps PostgreSQL's durable defaults ({@code fsync} and
 * {@code synchronous_commit} on). The password is random, made at initdb, and kept in
 * {@value #PASSWORD_FILE} inside the data directory, readable only by its owner. A data directory made by an
 * older CareerPath with trust authentication is switched over on its first start, data kept.
 */
final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final String POSTMASTER_PID = "postmaster.pid";
    static final String PASSWORD_FILE = "careerpath-password";
    private static final String SUPERUSER = "postgres";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    /** Password authentication over TCP only: there is no Unix socket (see unix_socket_directories). */
    private static final String PG_HBA = """
            # Written by CareerPath: every connection needs the password in careerpath-password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

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
        Path initdbPasswordFile = null;
        try {
            boolean trusting = !fresh && !Files.exists(dataDirectory.resolve(PASSWORD_FILE));
            String password = fresh || trusting ? newPassword() : password(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setPGStartupWait(properties.startupTimeout())
                    // PostgreSQL's durable defaults (the library turns them off for throw-away test servers)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // no Unix socket: only 127.0.0.1 and ::1, both with a password
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", password);
            if (fresh) {
                // initdb options: the library passes these after its own "-A trust", so they win
                initdbPasswordFile = temporaryPasswordFile(dataDirectory, password);
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", initdbPasswordFile.toString());
            }
            EmbeddedPostgres postgres = builder.start();
            if (fresh) {
                writePassword(dataDirectory, password);
            } else if (trusting) {
                requirePassword(postgres, dataDirectory, password);
            }
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
        } finally {
            if (initdbPasswordFile != null) {
                deleteQuietly(initdbPasswordFile);
            }
        }
    }

    /** The password of the embedded server's superuser, from its data directory. */
    static String password(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(PASSWORD_FILE);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new EmbeddedPostgresException(
                    "Cannot read the embedded PostgreSQL password from " + file + ".",
                    "Start CareerPath as the user that owns the data directory.",
                    e);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** initdb reads the first password from a file; it lives beside the (still empty) data directory. */
    private static Path temporaryPasswordFile(Path dataDirectory, String password) throws IOException {
        Path file = Files.createTempFile(
                dataDirectory.getParent(),
                ".careerpath-initdb-",
                ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void writePassword(Path dataDirectory, String password) throws IOException {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        Path written = Files.createTempFile(
                dataDirectory, PASSWORD_FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A data directory from before passwords: the server has started with its old trust rules. Give the
     * superuser a password, keep it in the data directory, then switch every rule to scram-sha-256 and
     * reload, all before the portal opens its pool.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path dataDirectory, String password)
            throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            // the password is URL-safe Base64: no quote can end the literal
            statement.execute("alter role " + SUPERUSER + " with password '" + password + "'");
            writePassword(dataDirectory, password);
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the superuser's password: " + e.getMessage(), e);
        }
        log.warn(
                "The embedded PostgreSQL in {} used to let any local user in without a password; it now asks for"
                        + " the password kept in {}",
                dataDirectory,
                PASSWORD_FILE);
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
