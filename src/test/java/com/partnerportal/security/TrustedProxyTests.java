package com.partnerportal.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.security.SignInOverHttp.LoginPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The portal behind a proxy named in {@code portal.trusted-proxies}: here the test
 * itself, which connects over loopback, plays the proxy. The client address it forwards
 * is the one the sign-in throttle counts, and a request it received over HTTPS gets a
 * Secure session cookie and HSTS.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "portal.trusted-proxies=127.0.0.1, ::1, 10.20.0.0/16")
class TrustedProxyTests {

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
	void sessionCookieWhenAProxyTerminatedHttpsThenSecureHttpOnlyAndSameSite() throws Exception {
		Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
		LoginPage before = this.http.loginPage(https);

		assertThat(before.setCookie()).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
		assertThat(before.response().headers().firstValue("Strict-Transport-Security")).isPresent();

		HttpResponse<String> signedIn = this.http.signIn(before, DemoAccounts.FABRIKAM_ADMIN, "demo-password", https);
		assertThat(SignInOverHttp.sessionCookie(signedIn).group(0)).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
	}

	@Test
	void signInWhenBehindAProxyThenFailuresCountForTheClientAddressItForwarded() throws Exception {
		Map<String, String> forwarded = Map.of("X-Forwarded-For", "203.0.113.9");
		LoginPage page = this.http.loginPage(forwarded);

		HttpResponse<String> failed = this.http.signIn(page, DemoAccounts.FABRIKAM_ADMIN, "wrong-password", forwarded);

		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/login?error"));
		assertThat(this.jdbc.sql("select client_address from throttled_attempt").query(String.class).list())
			.containsExactly("203.0.113.9");
	}

	@Test
	void signInWhenTheClientForgedAnEarlierXForwardedForThenTheAddressTheProxySawCounts() throws Exception {
		// The proxy appends the address it received the request from to whatever the
		// client sent; only the proxies named are skipped from the right.
		Map<String, String> forwarded = Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.9");
		LoginPage page = this.http.loginPage(forwarded);

		this.http.signIn(page, DemoAccounts.FABRIKAM_ADMIN, "wrong-password", forwarded);

		assertThat(this.jdbc.sql("select client_address from throttled_attempt").query(String.class).list())
			.containsExactly("203.0.113.9");
	}

	@Test
	void rangesWhenAddressesOrCidrRangesThenEachBecomesARange() {
		assertThat(TrustedProxies.ranges(" 10.1.2.3 , 10.20.0.0/16,::1,, fd00::/8")).containsExactly("10.1.2.3/32",
				"10.20.0.0/16", "::1/128", "fd00::/8");
		assertThat(TrustedProxies.ranges("")).isEmpty();
	}

	@Test
	void rangesWhenAHostNameOrGarbageThenRefusedNamingIt() {
		for (String wrong : List.of("proxy.internal", "10.0.0.0/99", "10.0.0.*", "cafe")) {
			assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.ranges(wrong))
				.withMessageContaining("PORTAL_TRUSTED_PROXIES");
		}
	}

}
