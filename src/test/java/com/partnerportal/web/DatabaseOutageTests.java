package com.partnerportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.partnerportal.DatabaseLink;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalProcess;

/**
 * A database outage on the embedded database, in every build: the portal runs on H2 in
 * server mode, reached through a {@link DatabaseLink} that the test cuts as a stopped
 * server does (refused connections). The "server hangs" outage needs the socket timeout
 * of PostgreSQL's driver, which H2's client lacks: {@code DatabaseOutagePostgresTests}
 * covers it. The H2 server and the portal each run in a JVM of their own, so that the
 * outage cannot reach the in-memory databases of the other tests in this one.
 */
class DatabaseOutageTests {

	private static Process database;

	private static DatabaseLink link;

	private static PortalProcess portal;

	@BeforeAll
	static void startPortalBehindALink() throws Exception {
		int databasePort = freePort();
		Path log = Path.of("target", "portal-processes", "outage-h2.log");
		Files.createDirectories(log.getParent());
		database = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Server.class.getName(), "-tcp", "-tcpPort",
				String.valueOf(databasePort), "-ifNotExists"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		awaitListening(databasePort);
		link = DatabaseLink.to("127.0.0.1", databasePort);
		String url = "jdbc:h2:tcp://127.0.0.1:" + link.port() + "/mem:outage-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		// The pool's limits as the postgres profile sets them; the embedded default keeps
		// Hikari's, as an in-memory database has no outage.
		portal = PortalProcess.start("outage-h2-portal",
				Map.of("spring.datasource.url", url, "spring.datasource.hikari.connection-timeout", "3000",
						"spring.datasource.hikari.validation-timeout", "2000"));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (portal != null) {
			portal.close();
		}
		if (link != null) {
			link.close();
		}
		if (database != null) {
			database.destroy();
			database.waitFor();
		}
	}

	@Test
	void pagesWhenTheDatabaseRefusesConnectionsThenUnavailablePageInTheVisitorsLanguageUntilItIsBack() {
		PortalHttpClient admin = new PortalHttpClient(portal.url(""), "en").signIn(DemoAccounts.PLATFORM_ADMIN,
				"demo-password");
		admin.get("/admin?lang=it");

		OutageVisit.outageAndRecovery(portal.url(""), admin, "/admin", "Paula Operator", link::refuse, link);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitListening(int port) throws InterruptedException {
		for (int attempt = 0; attempt < 300; attempt++) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("The H2 server did not listen on port " + port);
	}

}
