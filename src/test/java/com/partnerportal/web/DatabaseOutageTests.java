package com.partnerportal.web;

import java.sql.SQLException;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.partnerportal.DatabaseLink;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PartnerPortalApplication;
import com.partnerportal.PortalHttpClient;

/**
 * A database outage on the embedded database, in every build: the portal runs on H2 in
 * server mode, reached through a {@link DatabaseLink} that the test cuts as a stopped
 * server does (refused connections). The "server hangs" outage needs the socket timeout
 * of PostgreSQL's driver, which H2's client lacks: {@code DatabaseOutagePostgresTests}
 * covers it.
 */
class DatabaseOutageTests {

	private static Server database;

	private static DatabaseLink link;

	private static ConfigurableApplicationContext portal;

	private static String portalUrl;

	@BeforeAll
	static void startPortalBehindALink() throws SQLException {
		database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
		link = DatabaseLink.to("127.0.0.1", database.getPort());
		String url = "jdbc:h2:tcp://127.0.0.1:" + link.port() + "/mem:outage-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		// The pool's limits as the postgres profile sets them; the embedded default keeps
		// Hikari's, as an in-memory database has no outage.
		portal = new SpringApplicationBuilder(PartnerPortalApplication.class).registerShutdownHook(false)
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.hikari.connection-timeout=3000",
					"--spring.datasource.hikari.validation-timeout=2000");
		portalUrl = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		if (link != null) {
			link.close();
		}
		if (database != null) {
			database.stop();
		}
	}

	@Test
	void pagesWhenTheDatabaseRefusesConnectionsThenUnavailablePageInTheVisitorsLanguageUntilItIsBack() {
		PortalHttpClient admin = new PortalHttpClient(portalUrl, "en").signIn(DemoAccounts.PLATFORM_ADMIN,
				"demo-password");
		admin.get("/admin?lang=it");

		OutageVisit.outageAndRecovery(portalUrl, admin, "/admin", "Paula Operator", link::refuse, link);
	}

}
