package com.partnerportal.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as a browser gets it from the running server, plain and behind a
 * proxy that terminated HTTPS: HttpOnly and SameSite always, Secure whenever the request
 * was HTTPS, and a new session id once signed in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionCookieTests {

	/**
	 * The servlet container's name, or Spring Session's once sessions live in the
	 * database.
	 */
	private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID|SESSION)=([^;]+)(;.*)?$");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		this.jdbc.sql("delete from throttled_attempt").update();
	}

	@Test
	void signInWhenSucceededThenTheSessionIdIsRenewedAndTheOldOneIsWorthNothing() throws Exception {
		LoginPage before = loginPage(Map.of());

		HttpResponse<String> signedIn = signIn(before, DemoAccounts.FABRIKAM_ADMIN, "demo-password", Map.of());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/"));
		String after = sessionCookie(signedIn).group(2);
		assertThat(after).isNotEqualTo(before.sessionId());
		assertThat(get("/partner/customers", before.sessionId()).statusCode()).as("the id before signing in")
			.isEqualTo(302);
		assertThat(get("/partner/customers", after).statusCode()).isEqualTo(200);
	}

	@Test
	void sessionCookieWhenPlainHttpThenHttpOnlyAndSameSiteButNotSecure() throws Exception {
		String cookie = loginPage(Map.of()).setCookie();

		assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(cookie).doesNotContainIgnoringCase("Secure");
	}

	@Test
	void sessionCookieWhenAProxyTerminatedHttpsThenSecureHttpOnlyAndSameSite() throws Exception {
		Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
		LoginPage before = loginPage(https);

		assertThat(before.setCookie()).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
		assertThat(before.response().headers().firstValue("Strict-Transport-Security")).isPresent();

		HttpResponse<String> signedIn = signIn(before, DemoAccounts.FABRIKAM_ADMIN, "demo-password", https);
		assertThat(sessionCookie(signedIn).group(0)).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
	}

	@Test
	void signInWhenBehindAProxyThenFailuresCountForTheClientAddressItForwarded() throws Exception {
		Map<String, String> forwarded = Map.of("X-Forwarded-For", "203.0.113.9");
		LoginPage page = loginPage(forwarded);

		HttpResponse<String> failed = signIn(page, DemoAccounts.FABRIKAM_ADMIN, "wrong-password", forwarded);

		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/login?error"));
		assertThat(this.jdbc.sql("select client_address from throttled_attempt").query(String.class).list())
			.containsExactly("203.0.113.9");
	}

	private LoginPage loginPage(Map<String, String> headers) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request("/login", headers).GET());
		Matcher csrf = CSRF.matcher(response.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		Matcher cookie = sessionCookie(response);
		return new LoginPage(response, cookie.group(0), cookie.group(2), csrf.group(1));
	}

	private HttpResponse<String> signIn(LoginPage page, String email, String password, Map<String, String> headers)
			throws IOException, InterruptedException {
		String form = Map.of("username", email, "password", password, "_csrf", page.csrf())
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request("/login", headers).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", sessionCookieName(page.setCookie()) + "=" + page.sessionId())
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private HttpResponse<String> get(String path, String sessionId) throws IOException, InterruptedException {
		return send(
				request(path, Map.of()).header("Cookie", "JSESSIONID=" + sessionId + "; SESSION=" + sessionId).GET());
	}

	private HttpRequest.Builder request(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Matcher sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		for (String cookie : cookies) {
			Matcher matcher = SESSION_COOKIE.matcher(cookie);
			if (matcher.matches()) {
				return matcher;
			}
		}
		throw new AssertionError("No session cookie in " + cookies);
	}

	private static String sessionCookieName(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf('='));
	}

	private record LoginPage(HttpResponse<String> response, String setCookie, String sessionId, String csrf) {
	}

}
