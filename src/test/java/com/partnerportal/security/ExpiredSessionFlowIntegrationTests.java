package com.partnerportal.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form posted after its session ended (timed out, or the browser lost its cookies)
 * leads to the sign-in page, which says so, and from there back to the page the form was
 * on; a wrong token inside a live session is still refused. Over real HTTP, signed in
 * through the sign-in form; a session ends by deleting its row from the session store, as
 * the store's expiry does. Requesting the link commits the partner's link, which every
 * other test asks for anew, so the context is shared.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExpiredSessionFlowIntegrationTests {

	private static final String PASSWORD = "demo-password";

	private static final String SESSION_EXPIRED = "/login?sessionExpired";

	private static final String DONE = "/partner/relationship-requests/done";

	private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void doneOnTheDraftEmailWhenTheSessionWasDeletedThenSignInAgainWithTheMessageAndBackOnTheDraft() {
		Map<String, String> messages = Map.of("en", "Your session has ended, so what you last sent was not saved", "es",
				"Tu sesión ha caducado, así que lo último que enviaste no se ha guardado");
		messages.forEach((language, message) -> {
			PortalHttpClient browser = new PortalHttpClient(url(""), language).signIn(DemoAccounts.FABRIKAM_ADMIN,
					PASSWORD);
			String draftPath = draftPath(browser);
			Page draft = browser.get(draftPath);
			assertThat(draft.status()).isEqualTo(200);
			String token = draft.formWith(Map.of()).get("_csrf");

			endSessions();
			Page done = browser.send("POST", DONE, withReferer(url(draftPath)), csrf(token));

			assertThat(done.status()).as(done.body()).isEqualTo(302);
			assertThat(done.location()).endsWith(SESSION_EXPIRED);
			Page signInPage = browser.get(done.location());
			assertThat(signInPage.status()).isEqualTo(200);
			assertThat(signInPage.body()).contains(message).doesNotContain("Global admin");
			Page signedIn = browser.post("/login",
					Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", PASSWORD));
			assertThat(signedIn.status()).isEqualTo(302);
			assertThat(withoutOrigin(signedIn.location())).isEqualTo(draftPath);
			Page back = browser.get(signedIn.location());
			assertThat(back.status()).isEqualTo(200);
			assertThat(back.body()).contains("done-form");
		});
	}

	@Test
	void formWhenTheBrowserLostItsCookiesThenSignInAgainAndBackOnlyOnAPageOfThePortal() {
		String token = new PortalHttpClient(url(""), "en").signIn(DemoAccounts.FABRIKAM_ADMIN, PASSWORD)
			.get("/partner/users/new")
			.formWith(Map.of())
			.get("_csrf");
		Map<String, String> returns = new LinkedHashMap<>();
		// Another site's page, or a path that reads as another host, is never where
		// signing in leads: the form's own page if it has one, else the home page.
		returns.put("http://evil.test/partner/customers", "/");
		returns.put(url("//evil.test/partner/customers"), "/");
		returns.put(url("/partner/customers?q=Adatum"), "/partner/customers?q=Adatum");

		returns.forEach((referer, expected) -> {
			PortalHttpClient withoutCookies = new PortalHttpClient(url(""), "en");
			Page done = withoutCookies.send("POST", DONE, withReferer(referer), csrf(token));
			assertThat(done.location()).as(referer).endsWith(SESSION_EXPIRED);
			assertThat(landingAfterSignIn(withoutCookies, done)).as(referer).isEqualTo(expected);
		});
		PortalHttpClient withoutCookies = new PortalHttpClient(url(""), "en");
		Page newUser = withoutCookies.send("POST", "/partner/users", FORM,
				(csrfField(token) + "&name=Rosa&email=rosa%40fabrikam.test&role=SALES_AGENT")
					.getBytes(StandardCharsets.US_ASCII));
		assertThat(newUser.location()).endsWith(SESSION_EXPIRED);
		assertThat(landingAfterSignIn(withoutCookies, newUser)).isEqualTo("/partner/users");
		assertThat(this.jdbc.sql("select count(*) from user_account where email = 'rosa@fabrikam.test'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void doneWhenTheTokenIsWrongOrMissingInALiveSessionThenForbidden() {
		PortalHttpClient browser = new PortalHttpClient(url(""), "en").signIn(DemoAccounts.FABRIKAM_ADMIN, PASSWORD);
		String draftPath = draftPath(browser);
		String token = browser.get(draftPath).formWith(Map.of()).get("_csrf");
		String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

		Page withWrongToken = browser.send("POST", DONE, withReferer(url(draftPath)), csrf(wrong));
		Page withoutToken = browser.send("POST", DONE, withReferer(url(draftPath)), new byte[0]);

		assertThat(withWrongToken.status()).isEqualTo(403);
		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(browser.get(draftPath).status()).as("still signed in").isEqualTo(200);
	}

	/**
	 * The sign-in page left open past the end of its session: signing in shows the form
	 * again with the message rather than "access denied", and signs nobody in, as a
	 * forged sign-in would not be either; the second try works.
	 */
	@Test
	void signInFormWhenPostedWithATokenOfAnEndedSessionThenTheFormAgainWithTheMessageAndNobodySignedIn() {
		PortalHttpClient browser = new PortalHttpClient(url(""), "en");
		assertThat(browser.get("/login").status()).isEqualTo(200);
		endSessions();

		Page signIn = browser.post("/login", Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", PASSWORD));

		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).endsWith("/login?formExpired");
		assertThat(browser.get("/login?formExpired&lang=ru").body())
			.contains("Эта страница входа была открыта дольше, чем длится сеанс");
		assertThat(browser.get("/partner/customers").status()).isEqualTo(302);
		PortalHttpClient forger = new PortalHttpClient(url(""), "en");
		Page forged = forger.send("POST", "/login", FORM,
				("_csrf=abc&username=" + PortalHttpClient.encode(DemoAccounts.FABRIKAM_ADMIN) + "&password=" + PASSWORD)
					.getBytes(StandardCharsets.US_ASCII));
		assertThat(forged.status()).isEqualTo(302);
		assertThat(forger.get("/partner/customers").status()).isEqualTo(302);

		browser.get("/login");
		assertThat(browser.post("/login", Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", PASSWORD))
			.location()).doesNotContain("/login");
	}

	/**
	 * Requests the partner's link, which shows the draft email.
	 * @return the draft email's path and query
	 */
	private String draftPath(PortalHttpClient browser) {
		Page requested = browser.post("/partner/relationship-requests",
				browser.get("/partner/relationship-requests/new").formWith(Map.of("includeDelegatedAdmin", "true")));
		assertThat(requested.status()).as(requested.body()).isEqualTo(302);
		return withoutOrigin(requested.location());
	}

	private String landingAfterSignIn(PortalHttpClient browser, Page sentToSignIn) {
		browser.get(sentToSignIn.location());
		Page signedIn = browser.post("/login", Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		return withoutOrigin(signedIn.location());
	}

	private String withoutOrigin(String location) {
		return location.startsWith(url("")) ? location.substring(url("").length()) : location;
	}

	private void endSessions() {
		this.jdbc.sql("delete from spring_session").update();
	}

	private static Map<String, String> withReferer(String referer) {
		Map<String, String> headers = new LinkedHashMap<>(FORM);
		headers.put("Referer", referer);
		return headers;
	}

	private static byte[] csrf(String token) {
		return csrfField(token).getBytes(StandardCharsets.US_ASCII);
	}

	private static String csrfField(String token) {
		return "_csrf=" + PortalHttpClient.encode(token);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
