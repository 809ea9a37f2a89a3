package com.partnerportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser reduced to what the portal's pages need, over real HTTP: it keeps
 * the cookies the portal sets and sends them with every request, to whichever instance
 * the request goes to, as a browser does behind a load balancer. It follows no redirects,
 * so that tests see them, and runs no JavaScript. Requests may be sent from several
 * threads at once, like tabs of one browser.
 */
public final class PlainHttpClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	/**
	 * @param url the page's absolute URL
	 * @return the answer
	 */
	public Page get(String url) {
		return send(request(url).GET());
	}

	/**
	 * Submits a form the way the browser does, with the CSRF token of a page the portal
	 * rendered in this browser.
	 * @param url the form's absolute action URL
	 * @param csrfToken the token from the form's page
	 * @param fields the form's other fields, in order
	 * @return the answer
	 */
	public Page post(String url, String csrfToken, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfToken);
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Signs in through the sign-in form of the instance {@code baseUrl} names.
	 * @return the answer to the form's submission
	 */
	public Page signIn(String baseUrl, String email, String password) {
		Page login = get(baseUrl + "/login");
		return post(baseUrl + "/login", login.csrfToken(), Map.of("username", email, "password", password));
	}

	/**
	 * @param name a cookie's name
	 * @return its value as this browser holds it, or {@code null}
	 */
	public String cookie(String name) {
		return this.cookies.get(name);
	}

	private HttpRequest.Builder request(String url) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "en");
		String cookieHeader = this.cookies.entrySet()
			.stream()
			.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		if (!cookieHeader.isEmpty()) {
			builder.header("Cookie", cookieHeader);
		}
		return builder;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		String name = pair.substring(0, equals).trim();
		String value = pair.substring(equals + 1).trim();
		if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A response.
	 *
	 * @param status its status code
	 * @param body its body
	 * @param location where it redirects to, if it does
	 */
	public record Page(int status, String body, String location) {

		/**
		 * @return the CSRF token of the first form on the page
		 * @throws AssertionError if the page has no form with one
		 */
		public String csrfToken() {
			Matcher matcher = CSRF.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No form with a CSRF token on a page answered with " + this.status);
			}
			return matcher.group(1);
		}

		/**
		 * @param pattern a regular expression with one group
		 * @return the group's text where the pattern first matches the body
		 * @throws AssertionError if it matches nowhere
		 */
		public String find(String pattern) {
			Matcher matcher = Pattern.compile(pattern).matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("Nothing matches " + pattern + " on a page answered with " + this.status);
			}
			return matcher.group(1);
		}

		@Override
		public String toString() {
			return "Page[" + this.status + ", " + this.location + "]";
		}

	}

}
