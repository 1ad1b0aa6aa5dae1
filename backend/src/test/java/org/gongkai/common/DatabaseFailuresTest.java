package org.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;

import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * A connection PostgreSQL terminates under a request is an outage (503), a bug is not (500). The failures
 * below are the shapes the backend logged as 500s in bench/faults/db-drop.sh and db-restart.sh.
 */
class DatabaseFailuresTest {

    static final String NOT_ACTIVE = "Connection is not active now, current status: CLOSED";

    @Test
    void aStatementOnAConnectionTheServerClosedIsAnOutage() {
        assertTrue(DatabaseFailures.unreachable(new NoStackTraceThrowable(NOT_ACTIVE)), "a listing on the pool");
        assertTrue(DatabaseFailures.unreachable(new HibernateException(new NoStackTraceThrowable(NOT_ACTIVE))),
                "the next statement of a Hibernate Reactive session");
        assertTrue(DatabaseFailures.unreachable(new NoStackTraceThrowable("Connection is not active now, current status: CLOSING")));
    }

    @Test
    void aConnectionResetUnderAStatementIsAnOutage() {
        assertTrue(DatabaseFailures.unreachable(new SocketException("Connection reset")));
        assertTrue(DatabaseFailures.unreachable(new HibernateException(new io.vertx.core.http.ConnectionPoolTooBusyException(
                "Connection pool reached max wait queue size of 256"))), "the pool's wait queue is full: overload, a 503");
        assertTrue(DatabaseFailures.unreachable(new HibernateException(new NoStackTraceThrowable("Timeout"))),
                "no connection free within the acquire timeout: overload, a 503");
        assertFalse(DatabaseFailures.unreachable(new NoStackTraceThrowable("Timeout of something else")), "only the pool's exact failure");
        assertTrue(DatabaseFailures.unreachable(new HibernateException(new SocketException("Connection reset"))));
        // a draft save whose statement and rollback both failed
        assertTrue(DatabaseFailures.unreachable(new CompositeException(
                new HibernateException(new SocketException("Connection reset")), ClosedConnectionException.INSTANCE)));
    }

    @Test
    void programmingErrorsStayInternalErrors() {
        assertFalse(DatabaseFailures.unreachable(new IllegalStateException("Session/EntityManager is closed")));
        assertFalse(DatabaseFailures.unreachable(new HibernateException(new IllegalStateException("Detected use of the reactive Session from a different Thread"))));
        assertFalse(DatabaseFailures.unreachable(new NoStackTraceThrowable("Result is already complete")));
        assertFalse(DatabaseFailures.unreachable(new NullPointerException()));
        assertFalse(DatabaseFailures.unreachable(new HibernateException("could not resolve property: nme")));
    }
}
