package org.careerpath.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Change notices from PostgreSQL (LISTEN/NOTIFY), shared by every instance of the portal: triggers send a
 * notice when a transaction that changed something commits (V21), and this instance hears it on a connection
 * of its own, outside the pool, within milliseconds.
 *
 * <p>A notice can be missed only while that connection is down. Then {@link #listening()} is false, and
 * whoever relies on notices has to ask the database instead; when the connection is back, every subscriber's
 * gap handler runs (what was kept meanwhile may be stale) and {@link #gaps()} counts up, so that work begun
 * before the gap can tell.
 */
@Component
public class ChangeNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

    private final JdbcConnectionDetails database;
    private final Duration retry;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong gaps = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private volatile Thread thread;

    ChangeNotices(JdbcConnectionDetails database, @Value("${careerpath.change-notices.retry:PT1S}") Duration retry) {
        this.database = database;
        this.retry = retry;
    }

    private record Subscriber(Consumer<String> notice, Runnable gap) {}

    /**
     * Calls {@code notice} with the payload of each notice on {@code channel}, and {@code gap} when notices
     * may have been missed. Both run on the listening thread; they must be quick.
     */
    public void subscribe(String channel, Consumer<String> notice, Runnable gap) {
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(new Subscriber(notice, gap));
    }

    /** Whether notices are being heard now: if not, a change may go unannounced. */
    public boolean listening() {
        return listening;
    }

    /** How many times notices may have been missed since the start (each reconnection counts one). */
    public long gaps() {
        return gaps.get();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "change-notices");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                log.debug("Closing the notice connection", e);
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (current()) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    for (String channel : subscribers.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                gap();
                listening = true;
                if (warned) {
                    log.info("Listening for change notices again");
                    warned = false;
                }
                long lastCheck = System.nanoTime();
                while (current()) {
                    PGNotification[] notices = pg.getNotifications(500);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            deliver(notice.getName(), notice.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastCheck > Duration.ofSeconds(5).toNanos()) {
                        // a server that went away without closing the socket shows here
                        try (Statement statement = c.createStatement()) {
                            statement.execute("select 1");
                        }
                        lastCheck = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && !warned) {
                    log.warn(
                            "Not listening for change notices ({}); pages are checked against the database"
                                    + " until the connection is back",
                            e.getMessage());
                    warned = true;
                }
            } finally {
                if (Thread.currentThread() == thread) {
                    listening = false;
                    connection = null;
                }
            }
            sleep(retry);
        }
    }

    /** Whether this thread is still the one that should listen (a stop and a start leave one). */
    private boolean current() {
        return running && Thread.currentThread() == thread;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "careerpath change notices");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private void deliver(String channel, String payload) {
        for (Subscriber subscriber : subscribers.getOrDefault(channel, List.of())) {
            try {
                subscriber.notice().accept(payload);
            } catch (RuntimeException e) {
                log.warn("A change notice on {} could not be handled", channel, e);
            }
        }
    }

    private void gap() {
        gaps.incrementAndGet();
        subscribers.values().forEach(list -> list.forEach(s -> s.gap().run()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
