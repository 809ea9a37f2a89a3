package com.partnerportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.partnerportal.DatabaseLink;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in person, an anonymous visitor and a load balancer see when the portal's
 * database goes away and comes back, checked over real HTTP against a portal whose
 * database connections pass through a {@link DatabaseLink}. Shared by the H2 and the
 * PostgreSQL outage tests.
 */
final class OutageVisit {

	/**
	 * The most a page may take to answer during an outage. Not a benchmark: the portal
	 * gives up on the database after about 3 seconds (connection timeout, validation of a
	 * pooled connection), and without those limits it took 30 to 40 seconds or hung; 15
	 * seconds leaves room for a loaded two-core build machine while still telling the two
	 * apart.
	 */
	static final Duration FAIL_FAST = Duration.ofSeconds(15);

	/** How long the portal may take to notice that the database is back. */
	private static final Duration RECOVERY = Duration.ofSeconds(60);

	private OutageVisit() {
	}

	/**
	 * Cuts the link, checks what every kind of visitor gets, restores it and checks that
	 * the portal works again by itself, the signed-in person's session included.
	 * @param portalUrl the portal's address, such as {@code http://localhost:8080}
	 * @param signedIn a browser signed in to the portal, which chose Italian from the
	 * language menu but whose browser asks for English
	 * @param signedInPage a page the signed-in person may open
	 * @param signedInName the signed-in person's display name, which that page shows
	 * @param cut what makes the database unreachable: {@link DatabaseLink#refuse()} or
	 * {@link DatabaseLink#blackhole()}
	 * @param link the link to restore
	 */
	static void outageAndRecovery(String portalUrl, PortalHttpClient signedIn, String signedInPage, String signedInName,
			Runnable cut, DatabaseLink link) {
		PortalHttpClient anonymous = new PortalHttpClient(portalUrl, "pt-BR");
		assertThat(signedIn.get(signedInPage).body()).contains(signedInName);
		assertThat(readiness(portalUrl)).isEqualTo(200);
		assertThat(anonymous.get("/login").status()).isEqualTo(200);

		cut.run();
		int readyAgain;
		try {
			Page page = timed(() -> signedIn.get(signedInPage));
			assertThat(page.status()).as(page.body()).isEqualTo(503);
			assertThat(page.body())
				.contains("<html lang=\"it\"", "Il portale non è disponibile al momento",
						"controlla se la modifica è stata salvata")
				.doesNotContain(signedInName, "Exception", "Tomcat", "Whitelabel", "at com.", "at org.");

			HttpResponse<String> signInPage = timed(() -> send(portalUrl + "/login", "pt-BR"));
			assertThat(signInPage.statusCode()).as(signInPage.body()).isEqualTo(503);
			assertThat(signInPage.body()).contains("<html lang=\"pt-BR\"", "O portal está indisponível no momento")
				.doesNotContain("Exception", "Tomcat");
			assertThat(signInPage.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(signInPage.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(signInPage.headers().firstValue("Content-Security-Policy")).get()
				.asString()
				.contains("script-src 'self'");

			assertThat(timed(() -> readiness(portalUrl))).isEqualTo(503);
		}
		finally {
			link.restore();
			// Also after a failed assertion, whose report this must not replace, so that
			// the next test starts on a portal that works.
			readyAgain = awaitReady(portalUrl);
		}
		assertThat(readyAgain).as("/readyz once the database is back").isEqualTo(200);

		Page back = signedIn.get(signedInPage);
		assertThat(back.status()).as(back.body()).isEqualTo(200);
		// Sessions live in the database, which kept them: the person is still signed in.
		assertThat(back.body()).contains(signedInName);
		Page signInAgain = anonymous.get("/login");
		assertThat(signInAgain.status()).isEqualTo(200);
		assertThat(signInAgain.body()).contains("<html lang=\"pt-BR\"");
	}

	/**
	 * A page as an anonymous browser asks for it, with nothing that would keep a session.
	 * @param url the page's address
	 * @param language the browser's language
	 * @return the answer with its headers
	 */
	private static HttpResponse<String> send(String url, String language) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html")
			.header("Accept-Language", language)
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param portalUrl the portal's address
	 * @return the status {@code /readyz} answers, as a load balancer's probe (no cookie,
	 * no Accept header) asks it
	 */
	static int readiness(String portalUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portalUrl + "/readyz"))
			.timeout(Duration.ofSeconds(60))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until {@code /readyz} answers 200, asking every second as a load balancer
	 * does (the pool checks a connection that has been idle for half a second before
	 * handing it out, so a probe every second also finds the connections the outage
	 * broke).
	 * @param portalUrl the portal's address
	 * @return the last answer: 200, or what it still was after a minute
	 */
	static int awaitReady(String portalUrl) {
		Instant deadline = Instant.now().plus(RECOVERY);
		int status = readiness(portalUrl);
		while (status != 200 && Instant.now().isBefore(deadline)) {
			sleep();
			status = readiness(portalUrl);
		}
		return status;
	}

	private static <T> T timed(java.util.function.Supplier<T> request) {
		Instant start = Instant.now();
		T answer = request.get();
		assertThat(Duration.between(start, Instant.now())).as("time to answer during the outage").isLessThan(FAIL_FAST);
		return answer;
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
