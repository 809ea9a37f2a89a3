package com.partnerportal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context of a test run at a schema of its own in the PostgreSQL
 * database that {@code PORTAL_TEST_DB_URL} names, as
 * {@code config/application.properties} gives each context an H2 database of its own:
 * contexts cached side by side never see each other's writes. Acts only when the system
 * property {@code portal.test.database} is {@code postgres}, which the Maven profile
 * {@code postgres-tests} sets for its test run; the schema is dropped when the context
 * closes.
 */
public class PostgresTestSchemas implements EnvironmentPostProcessor, Ordered {

	private static final String SWITCH = "portal.test.database";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"postgres".equals(environment.getProperty(SWITCH))) {
			return;
		}
		String url = PostgresTestDatabase.freshSchema("test");
		// Contexts stay cached for the whole run: an idle one must not hold connections
		// that the server's limit is shared with, so idle connections are closed.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestSchema",
					Map.of("spring.datasource.url", url, "spring.datasource.username", PostgresTestDatabase.user(),
							"spring.datasource.password", PostgresTestDatabase.password(),
							"spring.datasource.hikari.minimum-idle", "0", "spring.datasource.hikari.idle-timeout",
							"10000", "spring.datasource.hikari.maximum-pool-size", "10")));
		application.addListeners((ApplicationEvent event) -> {
			if (event instanceof ContextClosedEvent) {
				drop(url);
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void drop(String url) {
		try {
			PostgresTestDatabase.dropSchema(url);
		}
		catch (IllegalStateException ex) {
			// The run's database is dropped as a whole by .ci/run; a schema left behind
			// here costs nothing but space.
			System.err.println(ex.getMessage() + ": " + ex.getCause().getMessage());
		}
	}

}
