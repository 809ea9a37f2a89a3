package com.partnerportal.security;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.security.SignInOverHttp.LoginPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as a browser gets it from the running server with no proxy
 * configured: HttpOnly and SameSite always, a new session id once signed in, and
 * {@code X-Forwarded-*} headers that anyone can send believed from nobody, not even from
 * a loopback peer. {@link TrustedProxyTests} has the portal behind a proxy it trusts.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionCookieTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private SignInOverHttp http;

	@BeforeEach
	void connect() {
		this.http = new SignInOverHttp(this.port);
	}

	@AfterEach
	void forgetFailures() {
		this.jdbc.sql("delete from throttled_attempt").update();
	}

	@Test
	void signInWhenSucceededThenTheSessionIdIsRenewedAndTheOldOneIsWorthNothing() throws Exception {
		LoginPage before = this.http.loginPage(Map.of());

		HttpResponse<String> signedIn = this.http.signIn(before, DemoAccounts.FABRIKAM_ADMIN, "demo-password",
				Map.of());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/"));
		String after = SignInOverHttp.sessionCookie(signedIn).group(2);
		assertThat(after).isNotEqualTo(before.sessionId());
		assertThat(this.http.get("/partner/customers", before.sessionId()).statusCode()).as("the id before signing in")
			.isEqualTo(302);
		assertThat(this.http.get("/partner/customers", after).statusCode()).isEqualTo(200);
	}

	@Test
	void sessionCookieWhenPlainHttpThenHttpOnlyAndSameSiteButNotSecure() throws Exception {
		String cookie = this.http.loginPage(Map.of()).setCookie();

		assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(cookie).doesNotContainIgnoringCase("Secure");
	}

	@Test
	void sessionCookieWhenAnUntrustedPeerClaimsHttpsThenPlainHttpIsBelieved() throws Exception {
		LoginPage page = this.http.loginPage(Map.of("X-Forwarded-Proto", "https"));

		assertThat(page.setCookie()).doesNotContainIgnoringCase("Secure");
		assertThat(page.response().headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void signInWhenAnUntrustedPeerForgesXForwardedForThenFailuresCountForThePeersOwnAddress() throws Exception {
		Map<String, String> forged = Map.of("X-Forwarded-For", "203.0.113.9");
		LoginPage page = this.http.loginPage(forged);

		HttpResponse<String> failed = this.http.signIn(page, DemoAccounts.FABRIKAM_ADMIN, "wrong-password", forged);

		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/login?error"));
		assertThat(this.jdbc.sql("select client_address from throttled_attempt").query(String.class).single())
			.as("the loopback address the test connects from, not the forged one")
			.satisfies((address) -> assertThat(InetAddress.getByName(address).isLoopbackAddress()).isTrue());
	}

}
