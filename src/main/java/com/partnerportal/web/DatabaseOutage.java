package com.partnerportal.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached from every other failure: only
 * the first is answered as "unavailable for a moment" (503), since trying again later
 * helps; anything else stays a fault of the portal (500).
 */
final class DatabaseOutage {

	/**
	 * SQLSTATE class 08, "connection exception", which PostgreSQL's driver reports for a
	 * refused, reset or timed-out connection.
	 */
	private static final String CONNECTION_EXCEPTION_CLASS = "08";

	/**
	 * What the connection pool's stand-in for a connection it has closed answers, without
	 * an SQLSTATE. The pool closes a connection as soon as it fails with a connection
	 * error; the rollback that follows then fails with this, and the transaction manager
	 * reports the rollback's failure instead of the connection error that caused it.
	 */
	private static final String CONNECTION_CLOSED_BY_THE_POOL = "Connection is closed";

	private DatabaseOutage() {
	}

	/**
	 * @param failure what a request ended with
	 * @return whether it, or anything that caused it, says the database could not be
	 * reached: no connection within the pool's timeout, a connection refused, broken or
	 * closed by the pool after such an error, a transaction that could not begin
	 */
	static boolean isCauseOf(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionError(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionError(SQLException failure) {
		String state = failure.getSQLState();
		if (state == null) {
			return CONNECTION_CLOSED_BY_THE_POOL.equals(failure.getMessage());
		}
		return state.startsWith(CONNECTION_EXCEPTION_CLASS);
	}

}
