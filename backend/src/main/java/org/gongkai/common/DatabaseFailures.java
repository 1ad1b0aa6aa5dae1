package org.gongkai.common;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells a database outage from a bug. The reactive PostgreSQL client and its pool report an unreachable
 * server in several shapes (refused or timed-out connects, connections closed under a query, a pool
 * that cannot hand out a connection in time, the server shutting down), usually wrapped by Hibernate
 * Reactive; all of them mean "try again later", never "internal error". A connection the server drops
 * under a request (pg_terminate_backend, a restart) fails the request in two more shapes, seen in the
 * backend log of {@code bench/faults/db-drop.sh} and {@code db-restart.sh}: the socket error itself, and
 * the client refusing the next statement on the closed connection (see {@link #notConnected}).
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean unreachable(Throwable e) {
        return reason(e) != null;
    }

    /** The SQLSTATE of the statement that failed, if the failure came from one. */
    static String sqlState(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null) {
                return jdbc.getSQLState();
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    /** The name of the violated constraint, for the problem's detail (never the statement or its values). */
    static String constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName();
            }
            if (t instanceof PgException pg && pg.getConstraint() != null) {
                return pg.getConstraint();
            }
        }
        return "a unique value";
    }

    static String describe(Throwable e) {
        Throwable reason = reason(e);
        return reason == null ? String.valueOf(e) : reason.getClass().getSimpleName() + ": " + reason.getMessage();
    }

    private static Throwable reason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof ClosedChannelException || t instanceof ClosedConnectionException
                    || t instanceof TimeoutException || t instanceof io.netty.channel.ConnectTimeoutException
                    // every connection busy and the wait queue full (gongkai.db.max-wait-queue): overload, worth a retry.
                    // Vert.x's SQL pool reuses the HTTP pool's exception type for it.
                    || t instanceof io.vertx.core.http.ConnectionPoolTooBusyException) {
                return t;
            }
            // The socket failed under a statement: "Connection reset" (java.net, NIO transport) or Netty's
            // AnnotatedSocketException "Connection reset by peer". Only I/O on a socket throws these, never a bug
            // in a request's code; the database is the only peer whose failures reach this classifier (Keycloak's
            // arrive as OIDC or authentication exceptions, which have their own mappers).
            if (t instanceof SocketException || notConnected(t) || acquireTimedOut(t)) {
                return t;
            }
            if (t instanceof PgException pg && isConnectionState(pg.getSqlState())) {
                return t;
            }
            // the pool's "timeout acquiring a connection" is a Vert.x NoStackTrace(Timeout)Exception
            String name = t.getClass().getName();
            if ((name.startsWith("io.vertx.") || name.startsWith("io.netty.")) && name.contains("Timeout")) {
                return t;
            }
        }
        return null;
    }

    /**
     * The SQL client refusing a statement because its connection is not connected any more: Vert.x's
     * {@code SocketConnectionBase} fails it with a bare {@code NoStackTraceThrowable("Connection is not active
     * now, current status: CLOSED")} (or CLOSING), with no cause, when the server closed the connection
     * after the pool handed it out or between two statements of a Hibernate Reactive session. Matched on the
     * class and the message together, because NoStackTraceThrowable is Vert.x's general failure type. It
     * cannot be our own mistake: no code of ours holds or closes a connection (the pool and Hibernate
     * Reactive do), and using a session after its end fails earlier, in Hibernate Reactive, with an
     * IllegalStateException that stays a 500.
     */
    private static boolean notConnected(Throwable t) {
        return t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable") && t.getMessage() != null
                && t.getMessage().startsWith("Connection is not active now, current status: ");
    }

    /**
     * No connection was free within gongkai.db.acquire-timeout: the SQL pool's request fails with a bare
     * {@code NoStackTraceThrowable("Timeout")} ({@code SqlConnectionPool.PoolRequest}), as seen under the
     * applications load script at 200 clients. Overload, worth a retry, like a full wait queue.
     */
    private static boolean acquireTimedOut(Throwable t) {
        return t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable") && "Timeout".equals(t.getMessage());
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect
     * now: a restarting server) and 53300 (too many connections).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"));
    }
}
