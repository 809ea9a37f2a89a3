package com.partnerportal.web;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.partnerportal.DatabaseLink;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalProcess;
import com.partnerportal.PostgresTestDatabase;

/**
 * A PostgreSQL outage, with the production profile and its timeouts: the portal runs in a
 * JVM of its own on a fresh schema, and reaches the server only through a
 * {@link DatabaseLink}, which the test cuts while the server itself keeps running for
 * everyone else. Both kinds of outage: a server that is gone (refused connections) and
 * one that hangs (connections accepted, nothing answered), which only the driver's and
 * the pool's timeouts end.
 */
@EnabledIf(value = "com.partnerportal.PostgresTestDatabase#isAvailable",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class DatabaseOutagePostgresTests {

	private static final String ADMIN_EMAIL = "ops@outage.test";

	private static final String ADMIN_PASSWORD = "a long admin passphrase";

	private static final String ADMIN_NAME = "Olga Outage";

	private static String schemaUrl;

	private static DatabaseLink link;

	private static PortalProcess portal;

	@BeforeAll
	static void startPortalBehindALink() {
		schemaUrl = PostgresTestDatabase.freshSchema("outage");
		URI server = URI.create(schemaUrl.substring("jdbc:".length()));
		link = DatabaseLink.to(server.getHost(), server.getPort());
		String throughLink = "jdbc:postgresql://127.0.0.1:" + link.port() + server.getRawPath() + "?"
				+ server.getRawQuery();
		portal = PortalProcess.start("outage",
				Map.of("spring.profiles.active", "postgres", "PORTAL_DB_URL", throughLink, "PORTAL_DB_USER",
						PostgresTestDatabase.user(), "PORTAL_DB_PASSWORD", PostgresTestDatabase.password(),
						"PORTAL_ADMIN_EMAIL", ADMIN_EMAIL, "PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD, "PORTAL_ADMIN_NAME",
						ADMIN_NAME));
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		if (link != null) {
			link.close();
		}
		if (schemaUrl != null) {
			PostgresTestDatabase.dropSchema(schemaUrl);
		}
	}

	@Test
	void pagesWhenTheServerIsGoneThenUnavailablePageInTheVisitorsLanguageUntilItIsBack() {
		OutageVisit.outageAndRecovery(portal.url(""), italianAdmin(), "/admin", ADMIN_NAME, link::refuse, link);
	}

	@Test
	void pagesWhenTheServerHangsThenUnavailablePageWithinSecondsUntilItIsBack() {
		OutageVisit.outageAndRecovery(portal.url(""), italianAdmin(), "/admin", ADMIN_NAME, link::blackhole, link);
	}

	/**
	 * The platform admin, signed in from a browser that asks for English pages, who then
	 * chose Italian from the language menu.
	 */
	private static PortalHttpClient italianAdmin() {
		PortalHttpClient admin = new PortalHttpClient(portal.url(""), "en").signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		admin.get("/admin?lang=it");
		return admin;
	}

}
