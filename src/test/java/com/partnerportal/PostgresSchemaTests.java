package com.partnerportal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, the demo data and the entity mappings on a real PostgreSQL server.
 * {@code .ci/run} creates an empty database for each run and passes its URL in
 * {@code PORTAL_TEST_DB_URL}.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_DB_URL", matches = ".+",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class PostgresSchemaTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("PORTAL_TEST_DB_URL"));
		registry.add("spring.datasource.username",
				() -> System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", ""));
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsWhenRunOnPostgresThenTheMappingsValidateAndTheDemoDataLoads() {
		String product = this.jdbc.sql("select version()").query(String.class).single();
		Long relationships = this.jdbc.sql("select count(*) from reseller_relationship").query(Long.class).single();

		assertThat(product).startsWith("PostgreSQL");
		assertThat(relationships).isGreaterThan(60);
	}

}
