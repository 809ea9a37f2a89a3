package com.partnerportal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without a screen, for tests over real HTTP. It keeps the cookies
 * the portal sets and sends them to whichever instance a request goes to, as a browser
 * does behind a load balancer; it signs in through the sign-in form and sends the CSRF
 * token of the last page it read, unless a form carries its own. It follows no redirects,
 * so that tests see them, and runs no JavaScript. Requests may be sent from several
 * threads at once, like tabs of one browser. Form bodies may also be given as bytes, so
 * that tests can send what no browser would (invalid UTF-8, megabytes).
 */
public final class PortalHttpClient {

	private static final String CSRF_FIELD = "_csrf";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String baseUrl;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private final String language;

	private volatile String csrfToken = "";

	/**
	 * @param baseUrl the portal's address, such as {@code http://localhost:8080}, which
	 * paths are read against
	 * @param language the {@code Accept-Language} every request sends
	 */
	public PortalHttpClient(String baseUrl, String language) {
		this.baseUrl = baseUrl;
		this.language = language;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();
	}

	/**
	 * Signs in through the sign-in form and reads the page the portal then sends the user
	 * to, so that the next form posted carries the new session's CSRF token.
	 * @param email the account
	 * @param password its password
	 * @return this client
	 * @throws IllegalStateException if the portal did not sign the account in
	 */
	public PortalHttpClient signIn(String email, String password) {
		get("/login");
		Page answer = post("/login", Map.of("username", email, "password", password));
		String location = answer.location();
		if (answer.status() != 302 || location == null || location.contains("/login")) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + answer);
		}
		for (int hop = 0; hop < 3 && location != null; hop++) {
			location = get(location).location();
		}
		return this;
	}

	/**
	 * Reads a page and keeps the CSRF token it carries, if any.
	 * @param target a path with its query string already encoded, or the absolute URL of
	 * another instance of the portal
	 * @return the answer
	 */
	public Page get(String target) {
		return remembered(send(request(target).GET().build()));
	}

	/**
	 * Submits a form the way a browser does.
	 * @param target the form's action, a path or an absolute URL
	 * @param fields the form's fields, url-encoded as UTF-8; with the CSRF token of the
	 * last page read unless they carry a {@code _csrf} of their own
	 * @return the answer
	 */
	public Page post(String target, Map<String, String> fields) {
		if (fields.containsKey(CSRF_FIELD)) {
			return remembered(send(formRequest(target, form(fields))));
		}
		return post(target, form(fields));
	}

	/**
	 * Posts a form body, adding the CSRF token of the last page read.
	 * @param target the form's action, a path or an absolute URL
	 * @param body the url-encoded body, without the token
	 * @return the answer
	 */
	public Page post(String target, byte[] body) {
		byte[] token = (CSRF_FIELD + "=" + encode(this.csrfToken) + ((body.length > 0) ? "&" : ""))
			.getBytes(StandardCharsets.US_ASCII);
		byte[] whole = new byte[token.length + body.length];
		System.arraycopy(token, 0, whole, 0, token.length);
		System.arraycopy(body, 0, whole, token.length, body.length);
		return remembered(send(formRequest(target, whole)));
	}

	/**
	 * Sends a request as it is: no CSRF token is added.
	 * @param method the HTTP method
	 * @param target a path or an absolute URL
	 * @param headers extra headers, such as a content type
	 * @param body the body, empty for none
	 * @return the answer
	 */
	public Page send(String method, String target, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = request(target).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * Sends a GET whose request line is written byte for byte, for what
	 * {@link java.net.URI} refuses to carry (a broken escape, raw bytes above ASCII),
	 * with the cookies.
	 * @param pathAndQuery the request target, read as ISO-8859-1 so that each char is one
	 * byte
	 * @return the answer's status code
	 */
	public int rawGet(String pathAndQuery) {
		URI base = URI.create(this.baseUrl);
		String cookie = this.cookies.getCookieStore()
			.get(base)
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
				+ "\r\nAccept: text/html\r\nAccept-Language: " + this.language + "\r\nCookie: " + cookie
				+ "\r\nConnection: close\r\n\r\n";
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param name a cookie's name
	 * @return its value as this browser holds it, or {@code null}
	 */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/**
	 * @param value text to put in a url-encoded form or query string
	 * @return it encoded as UTF-8
	 */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"))
			.getBytes(StandardCharsets.US_ASCII);
	}

	private HttpRequest formRequest(String target, byte[] body) {
		return request(target).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private HttpRequest.Builder request(String target) {
		boolean absolute = target.startsWith("http://") || target.startsWith("https://");
		return HttpRequest.newBuilder(URI.create(absolute ? target : this.baseUrl + target))
			.timeout(TIMEOUT)
			.header("Accept", "text/html")
			.header("Accept-Language", this.language);
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

	private Page remembered(Page page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (matcher.find()) {
			this.csrfToken = matcher.group(1);
		}
		return page;
	}

	/**
	 * An answer of the portal.
	 *
	 * @param status its status code
	 * @param body its body
	 * @param location where it redirects to, or {@code null} if it does not
	 */
	public record Page(int status, String body, String location) {

		/**
		 * @param fields a form's fields
		 * @return them with the CSRF token of this page, as its form would submit them
		 * @throws AssertionError if the page has no form with a token
		 */
		public Map<String, String> formWith(Map<String, String> fields) {
			Matcher matcher = CSRF.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No form with a CSRF token on a page answered with " + this.status);
			}
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put(CSRF_FIELD, matcher.group(1));
			return form;
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
