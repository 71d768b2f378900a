package org.careerpath.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL cannot be reached, a page that needs it answers 503 with the error page in the layout and
 * {@code Retry-After}, within the pool's connection timeout (2 s), instead of a 500. Pages kept by the page
 * caches sit inside this filter and never get here, so they keep being served. Nothing is remembered: the
 * next request tries the database again, so the portal recovers by itself as soon as the pool reconnects.
 * Each refusal is one WARN line, without a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** Seconds a client is asked to wait: about how long PostgreSQL takes to restart. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final DataSource dataSource;

    DatabaseOutageFilter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable outage = outage(e);
            if (outage == null && touchesTheDatabase(e) && !databaseAnswers()) {
                outage = e;
            }
            if (outage == null || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "{} {} answered 503: the database is unavailable ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    outage.getMessage());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    /** The exception in the chain that says PostgreSQL could not be reached, or null. */
    static Throwable outage(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return rootOf(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether the failure came from talking to the database at all. Some failures hide the outage: a
     * rollback on a connection that just broke reports only "Connection is closed".
     */
    private static boolean touchesTheDatabase(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DataAccessException
                    || cause instanceof TransactionException
                    || cause instanceof SQLException
                    || cause instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /** Asks the pool for a working connection; it gives up after its connection timeout (2 s). */
    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** SQL states of a lost or refused connection (08xxx) and of a server shutting down (57P01-57P03). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
