package com.partnerportal.shared;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.PortalJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which constraint refused a write, told from what the database at hand (H2 here,
 * PostgreSQL in the {@code postgres-tests} run) answers when a unique key refuses it.
 */
@PortalJpaTest
class DatabaseConstraintsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusedWhenTheDatabaseRefusesADuplicateKeyThenNamesThatKeyAlone() {
		DataIntegrityViolationException ex = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc
					.sql("insert into customer (company_name, domain, country, cloud, created_at)"
							+ " values ('Adatum again', 'adatum.test', 'IT', 'PUBLIC', current_timestamp)")
					.update());

		assertThat(DatabaseConstraints.refused(ex, "customer_domain_uk")).isTrue();
		assertThat(DatabaseConstraints.refused(ex, "user_account_email_uk")).isFalse();
	}

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
