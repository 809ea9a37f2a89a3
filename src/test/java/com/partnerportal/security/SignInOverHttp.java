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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page and form over real HTTP, with the headers a proxy in front of the
 * portal would add, and the raw {@code Set-Cookie} headers the portal answers with.
 */
final class SignInOverHttp {

	/**
	 * The servlet container's name, or Spring Session's once sessions live in the
	 * database.
	 */
	private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID|SESSION)=([^;]+)(;.*)?$");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	SignInOverHttp(int port) {
		this.port = port;
	}

	LoginPage loginPage(Map<String, String> headers) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request("/login", headers).GET());
		Matcher csrf = CSRF.matcher(response.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		Matcher cookie = sessionCookie(response);
		return new LoginPage(response, cookie.group(0), cookie.group(2), csrf.group(1));
	}

	HttpResponse<String> signIn(LoginPage page, String email, String password, Map<String, String> headers)
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

	HttpResponse<String> get(String path, String sessionId) throws IOException, InterruptedException {
		return send(
				request(path, Map.of()).header("Cookie", "JSESSIONID=" + sessionId + "; SESSION=" + sessionId).GET());
	}

	static Matcher sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		for (String cookie : cookies) {
			Matcher matcher = SESSION_COOKIE.matcher(cookie);
			if (matcher.matches()) {
				return matcher;
			}
		}
		throw new AssertionError("No session cookie in " + cookies);
	}

	private HttpRequest.Builder request(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookieName(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf('='));
	}

	record LoginPage(HttpResponse<String> response, String setCookie, String sessionId, String csrf) {
	}

}
