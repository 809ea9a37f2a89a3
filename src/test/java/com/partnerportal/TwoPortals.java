package com.partnerportal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of the portal, each in a JVM of its own, on one fresh PostgreSQL schema
 * (with the demo data), as behind a load balancer, and the database they share.
 *
 * @param first one instance
 * @param second the other
 * @param database their database, for checks the pages do not show
 */
public record TwoPortals(PortalProcess first, PortalProcess second, JdbcClient database) implements AutoCloseable {

	/**
	 * Starts both at the same moment: both run the migrations on the empty schema, which
	 * Flyway's lock in the database lets only one of them apply.
	 * @param schema the name the fresh schema starts with
	 * @return the running instances
	 */
	public static TwoPortals start(String schema) {
		return start(schema, Map.of());
	}

	/**
	 * The same, with more application properties for both instances.
	 * @param schema the name the fresh schema starts with
	 * @param settings further application properties, such as a mail server's address
	 * @return the running instances
	 */
	public static TwoPortals start(String schema, Map<String, String> settings) {
		String url = PostgresTestDatabase.freshSchema(schema);
		Map<String, String> properties = new HashMap<>(settings);
		properties.putAll(Map.of("spring.datasource.url", url, "spring.datasource.username",
				PostgresTestDatabase.user(), "spring.datasource.password", PostgresTestDatabase.password()));
		CompletableFuture<PortalProcess> a = CompletableFuture
			.supplyAsync(() -> PortalProcess.start(schema + "-a", properties));
		CompletableFuture<PortalProcess> b = CompletableFuture
			.supplyAsync(() -> PortalProcess.start(schema + "-b", properties));
		try {
			return new TwoPortals(a.join(), b.join(), JdbcClient.create(
					new DriverManagerDataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())));
		}
		catch (CompletionException ex) {
			// Whichever started is stopped, now or once it has.
			a.thenAccept(PortalProcess::close);
			b.thenAccept(PortalProcess::close);
			throw ex;
		}
	}

	@Override
	public void close() {
		this.first.close();
		this.second.close();
	}

}
