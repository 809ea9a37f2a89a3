package com.partnerportal.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import jakarta.servlet.ServletException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are answered as the database being unavailable (503) and which stay a
 * fault of the portal (500).
 */
class DatabaseOutageCausesTests {

	@Test
	void failureWhenNoConnectionWithinThePoolsTimeoutThenAnOutage() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms");
		assertThat(DatabaseOutage.isCauseOf(new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", timeout))))
			.isTrue();
		assertThat(DatabaseOutage.isCauseOf(new IllegalStateException(timeout))).isTrue();
	}

	@Test
	void failureWhenTheDriverReportsAConnectionErrorThenAnOutage() {
		SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
		assertThat(DatabaseOutage.isCauseOf(new RuntimeException(ioError))).isTrue();
	}

	@Test
	void failureWhenTheRollbackFoundTheConnectionClosedByThePoolThenAnOutage() {
		SQLException closed = new SQLException("Connection is closed");
		assertThat(DatabaseOutage.isCauseOf(new JpaSystemException(new RuntimeException(closed)))).isTrue();
	}

	@Test
	void failureWhenTheDatabaseAnsweredThenNotAnOutage() {
		assertThat(DatabaseOutage.isCauseOf(new BadSqlGrammarException("select", "selec 1",
				new SQLException("syntax error at or near \"selec\"", "42601"))))
			.isFalse();
		assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.isCauseOf(new SQLException("Connection is closed for a reason", (String) null)))
			.isFalse();
	}

	@Test
	void failureWhenNotFromTheDatabaseThenNotAnOutage() {
		assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
	}

}
