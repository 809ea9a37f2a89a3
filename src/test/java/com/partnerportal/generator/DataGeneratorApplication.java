package com.partnerportal.generator;

import java.io.IOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import com.partnerportal.PartnerPortalApplication;

/**
 * The data generator's command line: starts the portal with the generator added, which
 * fills the database and ends the application ({@link GenerateCommand}). It lives in the
 * test tree so that the product's jar carries none of it, and runs with the test
 * classpath: <pre>
 * ./mvnw spring-boot:test-run -Dspring-boot.run.arguments="--portal.generate.customers=1000"
 * </pre> {@code --help} lists the options.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ DataGenerator.class, GenerateCommand.class })
public class DataGeneratorApplication {

	static final String USAGE = """
			Fills a database with a large partner's data set for the benchmark (docs/benchmarks.md), writes
			the sign-in details to the output directory and ends. With no option: 100,000 customers into the
			H2 file database target/bench/portal.

			  ./mvnw spring-boot:test-run -Dspring-boot.run.arguments="OPTION..."

			Options:
			  --portal.generate.customers=N          the main partner's customers (100000)
			  --portal.generate.pending-customers=N  customers waiting to accept every partner's invitation,
			                                         whose Global admins the benchmark signs in (200)
			  --portal.generate.activity-entries=N   activity-log entries (ten per customer)
			  --portal.generate.password=WORD        every generated account's password (bench-password)
			  --portal.generate.output=DIR           where accounts.env and acceptances.tsv are written
			                                         (target/bench)
			  --spring.datasource.url=JDBC-URL       the database to fill (an H2 file database at
			                                         target/bench/portal, or PORTAL_DB_URL when it is set)
			  --spring.profiles.active=postgres      fill a PostgreSQL database, named by PORTAL_DB_URL,
			                                         PORTAL_DB_USER and PORTAL_DB_PASSWORD (COPY instead of
			                                         batched inserts)
			  --help                                 this text

			Any other --name=value is a setting of the portal, as for the portal's own jar. The generator
			adds to the database's rows but refuses a database it has filled before.
			""";

	public static void main(String[] args) {
		if (List.of(args).contains("--help")) {
			System.out.print(USAGE);
			return;
		}
		// The portal's own main method could not take the initializer below, so the
		// application is put together here as that method does it.
		SpringApplication application = new SpringApplication(PartnerPortalApplication.class,
				DataGeneratorApplication.class);
		application.setAdditionalProfiles("generate");
		application.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton(ProductClassesOnly.class.getName(), new ProductClassesOnly()));
		application.run(args);
	}

	/**
	 * Keeps the test tree out of the portal's component scan: on the test classpath the
	 * scan would otherwise pick up the test helpers and the tests' own configurations
	 * (one of them wraps the data source to count statements). The generator's beans come
	 * in through this class's {@code @Import} instead.
	 */
	static final class ProductClassesOnly extends TypeExcludeFilter {

		private final String testClasses = testClassesLocation();

		@Override
		public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
				throws IOException {
			return metadataReader.getResource().getURL().toString().startsWith(this.testClasses);
		}

		private static String testClassesLocation() {
			CodeSource source = DataGeneratorApplication.class.getProtectionDomain().getCodeSource();
			URL location = (source != null) ? source.getLocation() : null;
			if (location == null) {
				throw new IllegalStateException("The generator's classes have no location to tell them apart by");
			}
			return location.toString();
		}

		@Override
		public boolean equals(@Nullable Object obj) {
			return obj instanceof ProductClassesOnly other && this.testClasses.equals(other.testClasses);
		}

		@Override
		public int hashCode() {
			return this.testClasses.hashCode();
		}

	}

}
