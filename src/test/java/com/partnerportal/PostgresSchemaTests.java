package com.partnerportal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, the demo data and the entity mappings on a real PostgreSQL server, in a
 * fresh schema of the database that {@code PORTAL_TEST_DB_URL} names ({@code .ci/run}
 * creates an empty one for each run).
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_DB_URL", matches = ".+",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class PostgresSchemaTests {

	private static String schema;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema = PostgresTestDatabase.freshSchema("schema");
		registry.add("spring.datasource.url", () -> schema);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void dropSchema() {
		PostgresTestDatabase.dropSchema(schema);
	}

	@Test
	void migrationsWhenRunOnPostgresThenTheMappingsValidateAndTheDemoDataLoads() {
		String product = this.jdbc.sql("select version()").query(String.class).single();
		Long relationships = this.jdbc.sql("select count(*) from reseller_relationship").query(Long.class).single();

		assertThat(product).startsWith("PostgreSQL");
		assertThat(relationships).isGreaterThan(60);
	}

}
