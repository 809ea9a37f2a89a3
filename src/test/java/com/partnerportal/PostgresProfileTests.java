package com.partnerportal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code postgres} profile as docs/deployment.md runs it, on an empty schema of the
 * PostgreSQL server that {@code .ci/run} names: its settings bind, the migrations run
 * without demo data, the first platform admin is created and the instance is ready, with
 * the database timeouts that make an outage fail fast.
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_DB_URL", matches = ".+",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class PostgresProfileTests {

	@Test
	void startWhenPostgresProfileOnAnEmptyDatabaseThenMigratesCreatesTheAdminAndIsReady() throws Exception {
		String url = PostgresTestDatabase.freshSchema("profile");
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PartnerPortalApplication.class)
			.profiles("postgres")
			.registerShutdownHook(false)
			.run("--server.port=0", "--PORTAL_DB_URL=" + url, "--PORTAL_DB_USER=" + PostgresTestDatabase.user(),
					"--PORTAL_DB_PASSWORD=" + PostgresTestDatabase.password(), "--PORTAL_ADMIN_EMAIL=ops@example.test",
					"--PORTAL_ADMIN_PASSWORD=a long admin passphrase", "--PORTAL_DB_POOL_SIZE=4")) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			HikariDataSource pool = portal.getBean(HikariDataSource.class);

			assertThat(pool.getJdbcUrl()).isEqualTo(url);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
			assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
			assertThat(pool.getValidationTimeout()).isEqualTo(2_000);
			assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3")
				.containsEntry("loginTimeout", "3")
				.containsEntry("socketTimeout", "5");
			try (Connection connection = pool.getConnection()) {
				assertThat(connection.getNetworkTimeout()).isEqualTo(5_000);
			}
			// The migrations' connection: an index on a large table may take longer.
			try (Connection connection = portal.getBean(Flyway.class)
				.getConfiguration()
				.getDataSource()
				.getConnection()) {
				assertThat(connection.getNetworkTimeout()).isZero();
			}
			assertThat(jdbc.sql("select count(*) from partner").query(Long.class).single()).isZero();
			assertThat(
					jdbc.sql("select email from user_account where kind = 'PLATFORM_ADMIN'").query(String.class).list())
				.containsExactly("ops@example.test");
			assertThat(readiness(portal)).isEqualTo(200);
		}
	}

	private static int readiness(ConfigurableApplicationContext portal) throws Exception {
		int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz")).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
