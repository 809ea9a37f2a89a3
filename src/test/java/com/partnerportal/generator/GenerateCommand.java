package com.partnerportal.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The generator's command (see {@link DataGeneratorApplication}): after Flyway has
 * brought the schema up to date, fills the database, writes the sign-in details a
 * benchmark needs, closes an H2 database compacted (see
 * {@link DataGenerator#closeCompacted()}) and ends the application. The web server starts
 * on a random port all the same, as the security configuration needs a web application
 * context, and is closed at the end.
 * <p>
 * {@code accounts.env} holds shell variables: the password, the personas' addresses and
 * ids to ask for. {@code acceptances.tsv} holds one waiting invitation per line: the
 * customer Global admin's address, a tab, the invitation's token.
 */
class GenerateCommand implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(GenerateCommand.class);

	private final DataGenerator generator;

	private final GeneratorProperties properties;

	private final ConfigurableApplicationContext context;

	GenerateCommand(DataGenerator generator, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.properties = GeneratorProperties.of(context.getEnvironment());
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		GeneratedData data = this.generator.generate(this.properties.size());
		Path output = this.properties.output();
		try {
			Files.createDirectories(output);
			Files.write(output.resolve("accounts.env"), accounts(data), StandardCharsets.UTF_8);
			Files.write(output.resolve("acceptances.tsv"),
					data.acceptances()
						.stream()
						.map((acceptance) -> acceptance.email() + "\t" + acceptance.token())
						.toList(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Sign-in details written to " + output.toAbsolutePath());
		this.generator.closeCompacted();
		logger.info("Database closed");
		System.exit(SpringApplication.exit(this.context));
	}

	private List<String> accounts(GeneratedData data) {
		List<String> lines = new ArrayList<>();
		lines.add("PASSWORD=" + data.password());
		lines.add("PARTNER_EMAIL=" + data.partnerEmail());
		lines.add("MANY_PARTNERS_EMAIL=" + data.manyPartnersEmail());
		lines.add("ADMIN_EMAIL=" + data.adminEmail());
		lines.add("CUSTOMERS=" + this.properties.customers());
		lines.add("SAMPLE_CUSTOMER_ID=" + data.sampleCustomerId());
		lines.add("SAMPLE_SERVICE_ID=" + data.sampleServiceId());
		lines.add("SEARCH_WORD=" + data.searchWord());
		GeneratedData.DeepPage deep = data.deepPage();
		lines.add("DEEP_PAGE=" + deep.number());
		lines.add("DEEP_PAGE_PATH='" + deep.url("/partner/customers") + "'");
		lines.add("DEEP_PAGE_FIRST_ID=" + deep.first());
		return lines;
	}

}
