package com.partnerportal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the same tables and columns on H2, where the portal is tried and
 * most tests run, and on PostgreSQL, where it runs in production: a vendor-specific
 * script or a type that one database reads differently from the other would let the tests
 * pass on a schema that production does not have. Both databases are migrated as the
 * {@code postgres} profile migrates them, without demo data.
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_DB_URL", matches = ".+",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class SchemaParityPostgresTests {

	/** Every column as the SQL standard's information schema describes it. */
	private static final String COLUMNS = """
			select table_name, column_name, data_type, character_maximum_length, numeric_precision,
			       is_nullable, is_identity
			from information_schema.columns
			where table_schema = current_schema and table_name <> 'flyway_schema_history'
			order by table_name, column_name""";

	/**
	 * PostgreSQL's unbounded {@code bytea} and {@code text}, which H2 runs as its own
	 * unbounded types and reports by those types' names, and the timestamp without time
	 * zone (ShedLock's table), which H2 reports by the standard's name.
	 */
	private static final Map<String, String> H2_UNBOUNDED = Map.of("binary varying(1000000000)", "bytea",
			"character varying(1000000000)", "text", "timestamp", "timestamp without time zone");

	/**
	 * The unique keys by name, which the services rely on to tell which key refused a
	 * write: unique constraints and unique indexes, without primary keys.
	 */
	private static final String POSTGRES_UNIQUE_KEYS = """
			select t.relname || '.' || i.relname
			from pg_index x
			join pg_class i on i.oid = x.indexrelid
			join pg_class t on t.oid = x.indrelid
			where t.relnamespace = current_schema::regnamespace and t.relname <> 'flyway_schema_history'
			  and x.indisunique and not x.indisprimary
			order by 1""";

	private static final String H2_UNIQUE_KEYS = """
			select table_name || '.' || constraint_name from information_schema.table_constraints
			where table_schema = current_schema and constraint_type = 'UNIQUE'
			union
			select table_name || '.' || index_name from information_schema.indexes
			where table_schema = current_schema and index_type_name = 'UNIQUE INDEX' and not is_generated
			order by 1""";

	@Test
	void migrateWhenOnH2AndOnPostgresThenTheSameTablesColumnsAndUniqueKeys() throws IOException {
		DataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:parity-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		String schema = PostgresTestDatabase.freshSchema("parity");
		DataSource postgres = new SimpleDriverDataSource(new org.postgresql.Driver(), schema,
				PostgresTestDatabase.user(), PostgresTestDatabase.password());
		try {
			JdbcClient onH2 = migrated(h2, "h2");
			JdbcClient onPostgres = migrated(postgres, "postgresql");

			assertThat(columns(onPostgres)).contains("partner.name character varying(200) NOT NULL")
				.containsExactlyElementsOf(columns(onH2));
			assertThat(onPostgres.sql(POSTGRES_UNIQUE_KEYS).query(String.class).list())
				.contains("customer.customer_domain_uk")
				.containsExactlyElementsOf(onH2.sql(H2_UNIQUE_KEYS).query(String.class).list());
		}
		finally {
			PostgresTestDatabase.dropSchema(schema);
		}
	}

	private static JdbcClient migrated(DataSource dataSource, String vendor) throws IOException {
		Flyway.configure().dataSource(dataSource).locations(productionLocations(vendor)).load().migrate();
		return JdbcClient.create(dataSource);
	}

	/**
	 * The migration locations of the {@code postgres} profile, with Spring Boot's
	 * {@code {vendor}} placeholder resolved as Boot resolves it for the given database.
	 */
	private static String[] productionLocations(String vendor) throws IOException {
		Properties profile = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("application-postgres.properties"));
		return Arrays.stream(profile.getProperty("spring.flyway.locations").split(","))
			.map((location) -> location.trim().replace("{vendor}", vendor))
			.toArray(String[]::new);
	}

	private static List<String> columns(JdbcClient jdbc) {
		return jdbc.sql(COLUMNS).query((row, number) -> {
			String type = row.getString("data_type").toLowerCase(Locale.ROOT);
			Object length = row.getObject("character_maximum_length");
			Object precision = row.getObject("numeric_precision");
			String size = (length != null) ? "(" + length + ")" : (precision != null) ? "(" + precision + ")" : "";
			String unbounded = type + size;
			if (H2_UNBOUNDED.containsKey(unbounded)) {
				type = H2_UNBOUNDED.get(unbounded);
				size = "";
			}
			String nullable = "YES".equalsIgnoreCase(row.getString("is_nullable")) ? "NULL" : "NOT NULL";
			String identity = "YES".equalsIgnoreCase(row.getString("is_identity")) ? " IDENTITY" : "";
			return row.getString("table_name") + "." + row.getString("column_name") + " " + type + size + " " + nullable
					+ identity;
		}).list();
	}

}
