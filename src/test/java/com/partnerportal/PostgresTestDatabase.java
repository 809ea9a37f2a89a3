package com.partnerportal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL database the tests may use: {@code PORTAL_TEST_DB_URL} names it (with
 * {@code PORTAL_TEST_DB_USER} and {@code PORTAL_TEST_DB_PASSWORD}); {@code .ci/run}
 * creates an empty one for each run and drops it afterwards. Each caller gets a schema of
 * its own inside it, so that tests and application instances that run migrations with
 * different settings never meet.
 */
public final class PostgresTestDatabase {

	private static final String URL = System.getenv("PORTAL_TEST_DB_URL");

	private PostgresTestDatabase() {
	}

	/** Whether a database is named; tests that need one are disabled otherwise. */
	public static boolean isAvailable() {
		return URL != null && !URL.isBlank();
	}

	public static String user() {
		return System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres");
	}

	public static String password() {
		return System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "");
	}

	/**
	 * Creates an empty schema and returns a JDBC URL whose connections work in it.
	 * @param purpose a word that names the schema's user, for whoever looks at the
	 * database
	 */
	public static String freshSchema(String purpose) {
		if (!isAvailable()) {
			throw new IllegalStateException("PORTAL_TEST_DB_URL names no PostgreSQL database");
		}
		String schema = (purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		try (Connection connection = DriverManager.getConnection(URL, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create schema " + schema + " in " + URL, ex);
		}
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	/**
	 * Drops a schema that {@link #freshSchema(String)} created, with everything in it.
	 * @param schemaUrl the URL that {@link #freshSchema(String)} returned
	 */
	public static void dropSchema(String schemaUrl) {
		String schema = schemaUrl.substring(schemaUrl.lastIndexOf("currentSchema=") + "currentSchema=".length());
		try (Connection connection = DriverManager.getConnection(URL, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop schema " + schema + " in " + URL, ex);
		}
	}

}
