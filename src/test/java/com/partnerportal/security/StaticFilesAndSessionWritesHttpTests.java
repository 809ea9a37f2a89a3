package com.partnerportal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.StoredSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work under every request, over real HTTP and signed in through the sign-in form:
 * style sheets and scripts are linked by names that carry their content's hash and served
 * without the session, with the security headers and a year's caching; a session's last
 * access is written once a minute at most, and an idle session still ends after its
 * timeout.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticFilesAndSessionWritesHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	StoredSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void styleSheetAndScriptWhenLinkedByAPageThenHashedNamesServedWithoutSessionCachedForAYearWithSecurityHeaders()
			throws Exception {
		PortalHttpClient browser = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		Page customers = browser.get("/partner/customers");
		assertThat(customers.status()).isEqualTo(200);
		String styleSheet = customers.find("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"");
		String script = customers.find("src=\"(/js/portal-[0-9a-f]{32}\\.js)\"");
		// Old enough for any request that read the session to write a new last access.
		Instant lastAccess = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MILLIS);
		setLastAccess(browser, lastAccess);

		for (String path : new String[] { styleSheet, script }) {
			for (String cookie : new String[] { "SESSION=" + browser.cookie("SESSION"), "" }) {
				HttpResponse<String> file = fetch(path, cookie);

				assertThat(file.statusCode()).as(path).isEqualTo(200);
				assertThat(file.body()).as(path).isNotEmpty();
				assertThat(file.headers().allValues("Set-Cookie")).as(path).isEmpty();
				assertThat(file.headers().firstValue("Cache-Control")).as(path)
					.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000", "public")
						.doesNotContain("no-store", "no-cache"));
				assertThat(file.headers().firstValue("Pragma")).as(path).isEmpty();
				assertThat(file.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
				assertThat(file.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
				assertThat(file.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
				assertThat(file.headers().firstValue("Content-Security-Policy")).as(path)
					.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			}
		}
		assertThat(lastAccess(browser)).as("the session untouched by the files").isEqualTo(lastAccess);
		assertThat(fetch("/css/portal.css", "").statusCode()).as("the plain name still answers").isEqualTo(200);
	}

	@Test
	void probesWhenAskedWithASessionThenAnswerWithoutTouchingItAndWithTheSecurityHeaders() throws Exception {
		PortalHttpClient browser = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		Instant lastAccess = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MILLIS);
		setLastAccess(browser, lastAccess);

		for (String probe : new String[] { "/livez", "/readyz" }) {
			HttpResponse<String> answer = fetch(probe, "SESSION=" + browser.cookie("SESSION"));
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).contains("UP");
			assertThat(answer.headers().allValues("Set-Cookie")).as(probe).isEmpty();
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(probe).hasValue("nosniff");
		}
		assertThat(lastAccess(browser)).isEqualTo(lastAccess);
	}

	@Test
	void sessionWhenUsedAgainWithinAMinuteThenItsLastAccessIsNotWrittenAgainAndAfterAMinuteItIs() {
		PortalHttpClient browser = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		Instant written = lastAccess(browser);

		assertThat(browser.get("/partner/customers").status()).isEqualTo(200);
		assertThat(browser.get("/partner/customers").status()).isEqualTo(200);
		assertThat(lastAccess(browser)).as("within the minute").isEqualTo(written);

		Instant minuteAndMoreAgo = Instant.now().minus(Duration.ofSeconds(61)).truncatedTo(ChronoUnit.MILLIS);
		setLastAccess(browser, minuteAndMoreAgo);
		assertThat(browser.get("/partner/customers").status()).isEqualTo(200);
		assertThat(lastAccess(browser)).as("a minute later").isAfter(minuteAndMoreAgo.plusSeconds(60));
	}

	@Test
	void sessionWhenIdleForItsTimeoutThenEndedAndTheNextPageAsksToSignIn() {
		PortalHttpClient browser = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		assertThat(browser.get("/partner/customers").status()).isEqualTo(200);

		// A minute short of the 30-minute timeout: still signed in, though the last
		// access written is up to a minute old.
		setLastAccess(browser, Instant.now().minus(Duration.ofMinutes(29)));
		assertThat(browser.get("/partner/customers").status()).isEqualTo(200);

		setLastAccess(browser, Instant.now().minus(Duration.ofMinutes(31)));
		Page afterTimeout = browser.get("/partner/customers");
		assertThat(afterTimeout.status()).isEqualTo(302);
		assertThat(afterTimeout.location()).endsWith("/login");
	}

	private Instant lastAccess(PortalHttpClient browser) {
		return Instant.ofEpochMilli(this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(this.sessions.of(browser).getId())
			.query(Long.class)
			.single());
	}

	/** Moves the session's last access back as the store would have written it then. */
	private void setLastAccess(PortalHttpClient browser, Instant lastAccess) {
		String id = this.sessions.of(browser).getId();
		long timeout = this.jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
			.params(lastAccess.toEpochMilli(), lastAccess.plusSeconds(timeout).toEpochMilli(), id)
			.update();
	}

	private HttpResponse<String> fetch(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private PortalHttpClient browser() {
		return new PortalHttpClient("http://localhost:" + this.port, "en");
	}

}
