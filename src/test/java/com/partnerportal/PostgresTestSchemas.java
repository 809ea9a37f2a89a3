package com.partnerportal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every application context that the Spring TestContext Framework loads at a
 * schema of its own in the PostgreSQL database that {@code PORTAL_TEST_DB_URL} names, as
 * {@code config/application.properties} gives each context an H2 database of its own:
 * contexts cached side by side never see each other's writes. Acts only when the system
 * property {@code portal.test.database} is {@code postgres}, which the Maven profile
 * {@code postgres-tests} sets for its test run. The schema wins over every properties
 * file but not over the properties a test class sets itself; an application that a test
 * starts on its own configures its own database. The schema is dropped when the context
 * closes.
 */
public class PostgresTestSchemas implements EnvironmentPostProcessor, Ordered {

	private static final String SWITCH = "portal.test.database";

	/**
	 * The properties a test class sets itself, which Spring Boot's test context loader
	 * adds to every context it loads.
	 */
	private static final String TEST_PROPERTIES = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		MutablePropertySources sources = environment.getPropertySources();
		if (!"postgres".equals(environment.getProperty(SWITCH)) || !sources.contains(TEST_PROPERTIES)) {
			return;
		}
		String url = PostgresTestDatabase.freshSchema("test");
		// Contexts stay cached for the whole run: an idle one must not hold connections
		// that the server's limit is shared with, so idle connections are closed.
		sources.addAfter(TEST_PROPERTIES,
				new MapPropertySource("postgresTestSchema",
						Map.of("spring.datasource.url", url, "spring.datasource.username", PostgresTestDatabase.user(),
								"spring.datasource.password", PostgresTestDatabase.password(),
								"spring.datasource.hikari.minimum-idle", "0", "spring.datasource.hikari.idle-timeout",
								"10000")));
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
