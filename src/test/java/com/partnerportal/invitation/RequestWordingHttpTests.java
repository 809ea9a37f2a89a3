package com.partnerportal.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import com.partnerportal.AccountLanguages;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner's request pages over real HTTP, signed in through the sign-in form: what
 * they say to partners of each kind (a CSP reseller, an advisor outside the programme, a
 * national-cloud partner), and that the draft page reached by a form's POST can still be
 * switched to another language.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestWordingHttpTests {

	private static final String REQUESTS = "/partner/relationship-requests";

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private AccountLanguages languages;

	@BeforeEach
	void rememberLanguages() {
		this.languages = AccountLanguages.remember(this.jdbc,
				List.of("ga@northwind.test", "ga@tailspin.test", "ga@litware.test", DemoAccounts.FABRIKAM_ADMIN));
	}

	@AfterEach
	void restoreLanguages() {
		this.languages.restore();
	}

	@Test
	void draftEmailWhenPartnerIsOutsideTheCspProgrammeThenAsksToBeTheAdvisorInEveryLanguage() {
		Map<String, String> advisor = Map.of("en", "advisor", "es", "asesor", "it", "consulente", "pt-BR", "consultor",
				"ru", "консультант");
		Map<String, String> reseller = Map.of("en", "reseller", "es", "revendedor", "it", "rivenditore", "pt-BR",
				"revendedor", "ru", "посредник");
		for (boolean delegatedAdmin : List.of(true, false)) {
			PortalHttpClient northwind = signedIn("ga@northwind.test", "en");
			request(northwind, delegatedAdmin);
			advisor.forEach((language, word) -> {
				String email = email(northwind.get(REQUESTS + "/draft?delegatedAdmin=" + delegatedAdmin + "&lang="
						+ PortalHttpClient.encode(language)));
				assertThat(email).as(language).contains(word).doesNotContainIgnoringCase(reseller.get(language));
			});
		}
		PortalHttpClient fabrikam = signedIn(DemoAccounts.FABRIKAM_ADMIN, "en");
		request(fabrikam, true);
		assertThat(email(fabrikam.get(REQUESTS + "/draft?delegatedAdmin=true&lang=en"))).contains("your reseller")
			.doesNotContain("advisor");
	}

	@Test
	void requestPageWhenPartnerIsInANationalCloudThenDoesNotExplainTheOptionItCannotChoose() {
		for (String language : List.of("en", "es")) {
			Page tailspin = signedIn("ga@tailspin.test", language).get(REQUESTS + "/new?lang=" + language);
			assertThat(tailspin.status()).isEqualTo(200);
			assertThat(tailspin.body()).as(language)
				.doesNotContain(HtmlUtils.htmlEscape(language.equals("en") ? "Without delegated administration"
						: "Sin privilegios de administrador delegado"))
				.contains(language.equals("en") ? "What your request includes" : "Qué incluye tu solicitud");
		}
		Page fabrikam = signedIn(DemoAccounts.FABRIKAM_ADMIN, "en").get(REQUESTS + "/new?lang=en");
		assertThat(fabrikam.body()).contains("Without delegated administration privileges", "What each choice means");
	}

	@Test
	void draftFormWhenNationalCloudPartnerForgesTheVariantWithoutDelegatedAdminThenExplainsAndLogsIt() {
		PortalHttpClient tailspin = signedIn("ga@tailspin.test", "en");
		request(tailspin, true);
		Long partnerId = this.jdbc.sql("select id from partner where name = 'Tailspin Government Solutions'")
			.query(Long.class)
			.single();
		for (String language : List.of("en", "es")) {
			long before = refusals(partnerId);
			Page draft = tailspin.get(REQUESTS + "/draft?delegatedAdmin=true");
			Page forged = tailspin.post(REQUESTS + "/draft?delegatedAdmin=false&lang=" + language,
					draft.formWith(Map.of("action", "copy", "subject", "Hello", "body", "Hello")));

			assertThat(forged.status()).as(language).isEqualTo(400);
			assertThat(forged.body()).as(language)
				.contains(
						HtmlUtils.htmlEscape(language.equals("en") ? "Delegated administration privileges are required"
								: "Los privilegios de administrador delegado son obligatorios"))
				.contains(language.equals("en") ? "US Government" : "Gobierno de Estados Unidos")
				.contains("hreflang=\"ru\"")
				.contains("href=\"/partner/relationship-requests/new\"");
			assertThat(refusals(partnerId)).as(language).isEqualTo(before + 1);
		}
	}

	@Test
	void draftPageWhenReachedByItsFormsPostThenEveryLanguageLinkAnswers() {
		for (String partner : List.of("ga@northwind.test", "ga@tailspin.test", "ga@litware.test")) {
			PortalHttpClient client = signedIn(partner, "en");
			request(client, true);
			Page draft = client.get(REQUESTS + "/draft?delegatedAdmin=true");
			Page copied = submitDraft(client, draft, "copy");
			assertThat(copied.status()).as(partner).isEqualTo(200);
			List<String> links = languageLinks(copied);
			assertThat(links).as(partner).hasSize(5);
			for (String link : links) {
				Page other = client.get(link);
				assertThat(other.status()).as(partner + " " + link).isEqualTo(200);
				assertThat(other.body()).as(link).contains("id=\"draft-form\"");
			}
		}
	}

	private PortalHttpClient signedIn(String email, String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language).signIn(email, "demo-password");
	}

	private static void request(PortalHttpClient client, boolean delegatedAdmin) {
		Page form = client.get(REQUESTS + "/new");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_includeDelegatedAdmin", "on");
		if (delegatedAdmin) {
			fields.put("includeDelegatedAdmin", "true");
		}
		assertThat(client.post(REQUESTS, form.formWith(fields)).status()).isEqualTo(302);
	}

	/**
	 * Sends the draft form as a browser does: to the form's action, with its hidden
	 * fields and the text as the page shows it.
	 */
	private static Page submitDraft(PortalHttpClient client, Page draft, String action) {
		String form = draft.body().substring(draft.body().indexOf("<form id=\"draft-form\""));
		form = form.substring(0, form.indexOf("</form>"));
		String target = HtmlUtils.htmlUnescape(draft.find("<form id=\"draft-form\" action=\"([^\"]+)\""));
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(form);
		while (hidden.find()) {
			fields.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
		}
		fields.put("action", action);
		fields.put("subject", subject(draft));
		fields.put("body", body(draft));
		return client.post(target, fields);
	}

	private static List<String> languageLinks(Page page) {
		Matcher link = Pattern.compile("<a href=\"([^\"]+)\" lang=\"[^\"]+\" hreflang=").matcher(page.body());
		List<String> links = new java.util.ArrayList<>();
		while (link.find()) {
			links.add(HtmlUtils.htmlUnescape(link.group(1)));
		}
		return links;
	}

	private static String email(Page draft) {
		assertThat(draft.status()).isEqualTo(200);
		return subject(draft) + "\n" + body(draft);
	}

	private static String subject(Page draft) {
		return HtmlUtils.htmlUnescape(draft.find("name=\"subject\"[^>]*value=\"([^\"]*)\""));
	}

	private static String body(Page draft) {
		return HtmlUtils.htmlUnescape(draft.find("(?s)<textarea[^>]*name=\"body\"[^>]*>\\R?(.*?)</textarea>"));
	}

	private long refusals(Long partnerId) {
		return this.jdbc.sql(
				"select count(*) from activity_log where partner_id = ? and action = 'RELATIONSHIP_REQUEST_REFUSED_CLOUD'")
			.param(partnerId)
			.query(Long.class)
			.single();
	}

}
