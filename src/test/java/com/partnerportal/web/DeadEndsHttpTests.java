package com.partnerportal.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that refuse the signed-in user lead somewhere, over real HTTP and signed in
 * through the sign-in form: home, or out to sign in as someone else; and every such page
 * has the language menu. The portal's icon is served to everyone and may be cached.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeadEndsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks links;

	@Autowired
	JdbcClient jdbc;

	@Test
	void acceptPageWhenNotAGlobalAdminThenLeadsHomeOrToSignInAsSomeoneElse() {
		PortalUser fabrikam = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		String token = this.links.invitationFor(fabrikam.partnerId(), true, fabrikam.actor()).token();
		for (String language : List.of("en", "it")) {
			PortalHttpClient pablo = client(language).signIn(DemoAccounts.CONTOSO_USER, "demo-password");
			Page refused = pablo.get("/invitations/" + token + "/accept");

			assertThat(refused.status()).isEqualTo(403);
			assertOnward(refused, language);
			Page signedOut = pablo.post("/logout", refused.formWith(Map.of()));
			assertThat(signedOut.location()).endsWith("/login?signedOut");
			assertThat(pablo.get("/customer/subscriptions").location()).contains("/login");
		}
	}

	@Test
	void subscriptionChangeWhenNotPossibleThenThePageHasTheLanguageMenuAndAWayOn() {
		Long adatum = this.demo.customerId("adatum.test");
		Long boughtDirectly = this.jdbc
			.sql("select id from subscription where customer_id = ? and partner_of_record_id is null")
			.param(adatum)
			.query(Long.class)
			.list()
			.get(0);
		for (String language : List.of("en", "ru")) {
			Page refused = client(language).signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password")
				.get("/partner/customers/" + adatum + "/subscriptions/" + boughtDirectly + "/seats/add");

			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body())
				.contains(language.equals("en") ? "This change is not possible" : "Это изменение невозможно");
			assertOnward(refused, language);
		}
	}

	@Test
	void accessDeniedPageThenHasTheLanguageMenuAndAWayOn() {
		for (String language : List.of("en", "pt-BR")) {
			Page refused = client(language).signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password").get("/admin");

			assertThat(refused.status()).isEqualTo(403);
			assertOnward(refused, language);
		}
	}

	@Test
	void faviconWhenAnyoneAsksThenARealIconThatMayBeCached() throws Exception {
		HttpResponse<byte[]> ico = fetch("/favicon.ico");
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(ico.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
		assertThat(ico.body()).startsWith(new byte[] { 0, 0, 1, 0 });
		assertThat(ico.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cache) -> assertThat(cache).contains("max-age=604800").contains("public").doesNotContain("no-store"));

		HttpResponse<byte[]> svg = fetch("/favicon.svg");
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<svg");

		Page signIn = client("en").get("/login");
		assertThat(signIn.body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"",
				"<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
		Page customers = client("en").signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password").get("/partner/customers");
		assertThat(customers.body()).contains("href=\"/favicon.svg\"");
	}

	private static void assertOnward(Page page, String language) {
		String signInAgain = switch (language) {
			case "en" -> "Sign in as someone else";
			case "it" -> "Accedi con un altro account";
			case "ru" -> "Войти под другой учетной записью";
			case "pt-BR" -> "Entrar com outra conta";
			default -> throw new IllegalArgumentException(language);
		};
		String onward = page.find("(?s)<div class=\"actions onward\">(.*?)</div>");
		assertThat(onward).as(language)
			.contains("<a href=\"/\">")
			.containsPattern(
					"<form action=\"/logout\" method=\"post\" class=\"inline\">\\s*<input type=\"hidden\" name=\"_csrf\"")
			.contains(signInAgain);
		assertThat(page.body()).as(language)
			.contains("hreflang=\"en\"", "hreflang=\"es\"", "hreflang=\"it\"", "hreflang=\"pt-BR\"", "hreflang=\"ru\"");
	}

	private PortalHttpClient client(String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language);
	}

	private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

}
