package com.partnerportal.shared;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseConstraintsTests {

	@Test
	void refusedWhenTheCauseNamesTheConstraintInAnyCaseThenTrue() {
		var ex = new DataIntegrityViolationException("could not execute statement", new SQLException(
				"Unique index or primary key violation: \"PUBLIC.CUSTOMER_DOMAIN_UK ON PUBLIC.CUSTOMER\""));

		assertThat(DatabaseConstraints.refused(ex, "customer_domain_uk")).isTrue();
		assertThat(DatabaseConstraints.refused(ex, "user_account_email_uk")).isFalse();
	}

	@Test
	void refusedWhenNoMessageThenFalse() {
		assertThat(DatabaseConstraints.refused(new DataIntegrityViolationException(null), "customer_domain_uk"))
			.isFalse();
	}

}
