package com.partnerportal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for tests over real HTTP: it keeps the session cookie, signs
 * in through the sign-in form, and sends the CSRF token the last page it read carried, as
 * a person's browser would. Form bodies are bytes, so that tests can send what no browser
 * would (invalid UTF-8, megabytes).
 */
public final class PortalHttpClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String baseUrl;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private final String language;

	private String csrfToken = "";

	/**
	 * @param baseUrl the portal's address, such as {@code http://localhost:8080}
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
	 * Signs in through the sign-in form and reads the home page, so that the next form
	 * posted carries the session's CSRF token.
	 * @param email the account
	 * @param password its password
	 * @return this client
	 * @throws IllegalStateException if the portal did not sign the account in
	 */
	public PortalHttpClient signIn(String email, String password) {
		get("/login");
		HttpResponse<String> answer = post("/login", form(Map.of("username", email, "password", password)));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + answer.statusCode() + " " + location);
		}
		// The session and its CSRF token are new after signing in: read the home page the
		// portal sends the user to, which carries the new token.
		for (int hop = 0; hop < 3 && (location.startsWith("/") || location.startsWith("http")); hop++) {
			location = get(location.replaceFirst("^https?://[^/]+", "")).headers().firstValue("Location").orElse("");
		}
		return this;
	}

	/**
	 * Reads a page and keeps the CSRF token it carries, if any.
	 * @param pathAndQuery the path, with its query string already encoded
	 * @return the answer
	 */
	public HttpResponse<String> get(String pathAndQuery) {
		HttpResponse<String> answer = send(request(pathAndQuery).GET().build());
		rememberCsrf(answer.body());
		return answer;
	}

	/**
	 * Posts a form body, adding the CSRF token the last page carried.
	 * @param path the form's action
	 * @param body the url-encoded body, without the token
	 * @return the answer
	 */
	public HttpResponse<String> post(String path, byte[] body) {
		byte[] token = ("_csrf=" + encode(this.csrfToken) + ((body.length > 0) ? "&" : ""))
			.getBytes(StandardCharsets.US_ASCII);
		byte[] whole = new byte[token.length + body.length];
		System.arraycopy(token, 0, whole, 0, token.length);
		System.arraycopy(body, 0, whole, token.length, body.length);
		HttpResponse<String> answer = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofByteArray(whole))
			.build());
		rememberCsrf(answer.body());
		return answer;
	}

	/**
	 * Sends a GET whose request line is written byte for byte, for what
	 * {@link java.net.URI} refuses to carry (a broken escape, raw bytes above ASCII),
	 * with the session cookie.
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
	 * Sends a request as it is: no CSRF token is added.
	 * @param method the HTTP method
	 * @param path the path
	 * @param headers extra headers, such as a content type
	 * @param body the body, empty for none
	 * @return the answer
	 */
	public HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * Posts a form with the given fields.
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		return post(path, form(fields));
	}

	/**
	 * @param fields names and values, which are url-encoded as UTF-8
	 * @return the form body
	 */
	public static byte[] form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"))
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.header("Accept", "text/html")
			.header("Accept-Language", this.language);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void rememberCsrf(String body) {
		Matcher matcher = CSRF.matcher(body);
		if (matcher.find()) {
			this.csrfToken = matcher.group(1);
		}
	}

}
