package org.rocbap.survey.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;

/**
 * Tells a race between two users from a fault. Two saves of the same record at the same version, or
 * two first saves of a record that exists once (a participant's reply, an e-mail in a workshop),
 * pass the services' checks side by side and meet in the database: the version check or a unique
 * constraint refuses the second. That is a conflict the user can resolve by reloading, not an error.
 */
public final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([a-z_]+)\"");

    private PersistenceFailures() {}

    /**
     * Whether a failure is the database being out of reach (stopped, restarting, the network down)
     * rather than anything about the request: the caller may try again in a while and nothing was
     * saved. PostgreSQL says so with SQLSTATE class 08 (connection exception) or 57P01-57P03 (shut
     * down, crashed, starting); WildFly's pool with a resource exception when it gets no connection.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (cause.getClass().getName().startsWith("jakarta.resource.")) {
                return true;
            }
            // A commit cut by the database going away: the transaction manager's RollbackException
            // carries the driver's failure as a suppressed exception, not as its cause.
            for (Throwable suppressed : cause.getSuppressed()) {
                if (databaseUnreachable(suppressed)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The conflict a failure stands for, if it is one. */
    public static Optional<ConcurrentChangeException> conflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrentChangeException known) {
                return Optional.of(known);
            }
            if (cause instanceof OptimisticLockException) {
                return Optional.of(ConcurrentChangeException.meanwhile(null));
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                Matcher constraint = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
                return Optional.of(ConcurrentChangeException.meanwhile(constraint.find() ? constraint.group(1) : null));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
