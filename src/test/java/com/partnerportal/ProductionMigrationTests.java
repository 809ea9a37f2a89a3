package com.partnerportal;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal started as an operator starts it, with the {@code postgres} profile and the
 * {@code PORTAL_*} variables against an empty database: the migrations alone build the
 * schema, without the demo data, and the entity mappings validate against it. Runs on H2
 * here and on PostgreSQL in the {@code postgres-tests} run, where the database URL is
 * replaced by a fresh schema. Logs stay plain text: the logging system is the JVM's, and
 * the other tests' contexts read their own output.
 */
@SpringBootTest(properties = {
		"PORTAL_DB_URL=jdbc:h2:mem:production-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"PORTAL_DB_USER=sa", "PORTAL_DB_PASSWORD=", "PORTAL_ADMIN_EMAIL=operator@example.test",
		"PORTAL_ADMIN_PASSWORD=a long operator passphrase", "logging.structured.format.console=" })
@ActiveProfiles("postgres")
class ProductionMigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Test
	void startWhenDatabaseIsEmptyThenEveryMigrationIsAppliedAndTheMappingsValidate() {
		MigrationInfo[] migrations = this.flyway.info().all();

		assertThat(migrations).isNotEmpty()
			.allSatisfy((migration) -> assertThat(migration.getState()).as(migration.getScript())
				.isEqualTo(MigrationState.SUCCESS));
		assertThat(Arrays.stream(migrations).map(MigrationInfo::getScript))
			.noneMatch((script) -> script.startsWith("R__"));
		assertThat(this.flyway.validateWithResult().validationSuccessful).isTrue();
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
	}

	@Test
	void startWhenDatabaseIsEmptyThenTheCatalogueIsThereAndNoDemoOrganisation() {
		assertThat(count("cloud_service")).isPositive();
		assertThat(count("country_region")).isPositive();
		assertThat(count("partner")).isZero();
		assertThat(count("customer")).isZero();
		assertThat(count("reseller_relationship")).isZero();
		assertThat(count("activity_log")).isZero();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
