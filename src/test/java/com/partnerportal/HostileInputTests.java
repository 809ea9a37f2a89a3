package com.partnerportal;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Script, markup, template-expression, SQL and LIKE-wildcard payloads typed into every
 * free-text field through the forms: company and admin names on registration, partner and
 * admin names by the platform admin, partner user names, the draft email, and the search
 * boxes. Every page that shows them shows them as text, escaped, and searching for one
 * finds exactly the records it matches (the start of a customer name, anywhere in a
 * partner name), character for character.
 */
@PortalTest
@Transactional
class HostileInputTests {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'; drop table customer; --", "{{7*7}}", "${7*7}", "[[${7*7}]]", "#{7*7} *{7*7} @{//evil.test}",
			"</textarea><svg onload=alert(1)>", "javascript:alert(1)", "\u202Eevil.exe\u202C \u200Fabc", "100% _off_",
			"O'Brien & Sons \\ \"");

	/** What would show that markup from a payload reached the page as markup. */
	private static final String[] RAW = { "<script>alert", "<img src=x", "<svg onload", "</textarea><svg" };

	private static final String ANA = DemoAccounts.FABRIKAM_ADMIN;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	private String token;

	/**
	 * Types every payload into the registration, partner and user forms; the draft email
	 * test does without, so it is not run before each test.
	 */
	private void storePayloadsThroughTheForms() {
		this.token = issueLink();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			registerAndAccept(i, payload);
			createPartner(i, payload);
			createPartnerUser(i, payload);
		}
		this.entityManager.flush();
	}

	@Test
	void customerPagesWhenTheirNamesArePayloadsThenStoredAsTypedAndShownEscaped() {
		storePayloadsThroughTheForms();
		assertThat(this.jdbc.sql("select company_name from customer where domain like 'hostile%'")
			.query(String.class)
			.list()).containsExactlyInAnyOrderElementsOf(PAYLOADS);
		assertThat(this.jdbc.sql("select name from partner").query(String.class).list()).containsAll(PAYLOADS);
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			String admin = adminEmail(i);
			assertEscaped(page(admin, "/customer/partner-relationships"), payload);
			assertEscaped(page(admin, "/customer/activity"), payload);
		}
	}

	@Test
	void partnerPagesWhenNamesArePayloadsThenShowThemEscaped() {
		storePayloadsThroughTheForms();
		String users = page(ANA, "/partner/users");
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			assertEscaped(users, payload);
			Long customerId = this.demo.customerId(domain(i));
			assertEscaped(page(ANA, "/partner/customers", "q", domain(i), "expand", customerId.toString()), payload);
			assertEscaped(page(ANA, "/partner/customers/" + customerId + "/subscriptions"), payload);
			assertEscaped(page(ANA, "/partner/activity", "customer", payload), payload);
		}
	}

	@Test
	void adminPagesWhenNamesArePayloadsThenShowThemEscaped() {
		storePayloadsThroughTheForms();
		for (String payload : PAYLOADS) {
			assertEscaped(page(DemoAccounts.PLATFORM_ADMIN, "/admin/partners", "name", payload), payload);
			assertEscaped(page(DemoAccounts.PLATFORM_ADMIN, "/admin/relationships", "customer", payload), payload);
			assertEscaped(page(DemoAccounts.PLATFORM_ADMIN, "/admin/activity", "customer", payload), payload);
			assertEscaped(page(DemoAccounts.PLATFORM_ADMIN, "/admin/activity", "partner", payload), payload);
		}
	}

	@Test
	void draftEmailWhenSubjectAndBodyArePayloadsThenShownBackEscaped() {
		issueLink();
		for (String payload : PAYLOADS) {
			for (String action : List.of("copy", "open")) {
				MvcTestResult result = this.mvc.post()
					.uri("/partner/relationship-requests/draft")
					.param("delegatedAdmin", "true")
					.param("subject", payload)
					.param("body", payload + "\n" + payload)
					.param("action", action)
					.with(this.demo.signedIn(ANA))
					.with(csrf())
					.exchange();
				assertThat(result).as(action).hasStatusOk();
				assertEscaped(html(result), payload);
			}
		}
	}

	@Test
	void searchesWhenPayloadsAndWildcardsAreTypedThenFindExactlyTheRecordsThatMatchThemLiterally() {
		storePayloadsThroughTheForms();
		for (String search : searches()) {
			String customers = page(ANA, "/partner/customers", "q", search);
			for (int i = 0; i < PAYLOADS.size(); i++) {
				boolean found = customers.contains(">" + domain(i) + "<");
				assertThat(found).as("'%s' finds the customer '%s'", search, PAYLOADS.get(i))
					.isEqualTo(customerSearchFinds(PAYLOADS.get(i), domain(i), search));
			}
			String partners = page(DemoAccounts.PLATFORM_ADMIN, "/admin/partners", "name", search);
			for (String payload : PAYLOADS) {
				if (contains(payload, search)) {
					assertThat(partners).as("'%s' finds the partner '%s'", search, payload).contains(escape(payload));
				}
			}
			assertThat(partners).as(search)
				.doesNotContain(escape(DemoAccounts.FABRIKAM), escape(DemoAccounts.NORTHWIND))
				.doesNotContain(RAW);
			assertThat(customers).as(search).doesNotContain(RAW);
		}
		// The activity log's customer filter matches the start of the name: a wildcard
		// there matches only itself.
		assertThat(page(DemoAccounts.PLATFORM_ADMIN, "/admin/activity", "customer", "100% _"))
			.contains(escape("100% _off_"))
			.doesNotContain(escape("{{7*7}}"), "Adatum");
		for (String wildcard : List.of("%", "_", "1_0")) {
			assertThat(page(DemoAccounts.PLATFORM_ADMIN, "/admin/activity", "customer", wildcard)).as(wildcard)
				.doesNotContain(escape("100% _off_"), escape("{{7*7}}"), "Adatum");
		}
		// So does its partner filter, on the partners the payloads named.
		assertThat(page(DemoAccounts.PLATFORM_ADMIN, "/admin/activity", "partner", "100% _"))
			.contains(escape("100% _off_"))
			.doesNotContain(escape("{{7*7}}"), escape(DemoAccounts.FABRIKAM));
		for (String wildcard : List.of("%", "_", "1_0")) {
			assertThat(page(DemoAccounts.PLATFORM_ADMIN, "/admin/activity", "partner", wildcard)).as(wildcard)
				.doesNotContain(escape("100% _off_"), escape("{{7*7}}"), escape(DemoAccounts.FABRIKAM));
		}
	}

	/**
	 * The Customers page's search: the start of the company name, ignoring case, or of
	 * the domain when the search has a dot.
	 */
	/**
	 * What the customer search finds, modelled on its rules, not its code: with a dot,
	 * the start of the domain; with no letter or digit, the start of the name; otherwise
	 * each of its words starts a word of the name, punctuation only separating words (so
	 * '{{7*7}}' finds '${7*7}' as '7 7' would, and evaluates neither).
	 */
	private static boolean customerSearchFinds(String companyName, String domain, String search) {
		if (search.contains(".")) {
			return domain.startsWith(search.toLowerCase(Locale.ROOT));
		}
		List<String> searched = words(search);
		if (searched.isEmpty()) {
			return companyName.toLowerCase(Locale.ROOT).startsWith(search.toLowerCase(Locale.ROOT));
		}
		List<String> named = words(companyName);
		return searched.stream().allMatch((word) -> named.stream().anyMatch((name) -> name.startsWith(word)));
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.toList();
	}

	private static boolean contains(String name, String search) {
		return name.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
	}

	/**
	 * @return every payload, and the bare wildcards and quote
	 */
	private static List<String> searches() {
		List<String> searches = new ArrayList<>(PAYLOADS);
		searches.addAll(List.of("%", "_", "'", "\\", "!"));
		return searches;
	}

	private String issueLink() {
		PortalUser ana = this.demo.user(ANA);
		return this.invitationLinks.invitationFor(ana.partnerId(), true, ana.actor()).token();
	}

	private void registerAndAccept(int i, String payload) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("companyName", payload);
		form.add("domain", domain(i));
		form.add("country", "PT");
		form.add("adminName", payload);
		form.add("email", adminEmail(i));
		form.add("password", "a long enough passphrase");
		form.add("passwordConfirmation", "a long enough passphrase");
		assertThat(RegistrationMail.registerAndConfirm(this.mvc, this.token, form, this.jdbc)).as(payload)
			.hasStatus3xxRedirection();
		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", this.token)
			.param("agreementAccepted", "true")
			.param("_agreementAccepted", "on")
			.with(this.demo.signedIn(adminEmail(i)))
			.with(csrf())).as(payload).hasStatus3xxRedirection();
	}

	private void createPartner(int i, String payload) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", payload);
		form.add("country", "PT");
		form.add("region", "EUROPE");
		form.add("cloud", "PUBLIC");
		form.add("cspMember", "true");
		form.add("_cspMember", "on");
		form.add("adminName", payload);
		form.add("adminEmail", "ga@hostile-partner" + i + ".test");
		form.add("password", "a-long-enough-password");
		form.add("passwordConfirmation", "a-long-enough-password");
		assertThat(this.mvc.post()
			.uri("/admin/partners")
			.params(form)
			.with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN))
			.with(csrf())).as(payload).hasStatus3xxRedirection();
	}

	private void createPartnerUser(int i, String payload) {
		assertThat(this.mvc.post()
			.uri("/partner/users")
			.param("name", payload)
			.param("email", "hostile" + i + "@fabrikam.test")
			.param("role", "SALES_AGENT")
			.param("password", "a-long-enough-password")
			.param("passwordConfirmation", "a-long-enough-password")
			.with(this.demo.signedIn(ANA))
			.with(csrf())).as(payload).hasStatus3xxRedirection();
	}

	/**
	 * @param email who reads the page
	 * @param uri the page
	 * @param parameters names and values of query parameters, as typed
	 * @return the page's HTML
	 */
	private String page(String email, String uri, String... parameters) {
		MockMvcRequestBuilder request = this.mvc.get().uri(uri).with(this.demo.signedIn(email));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).as(uri).hasStatusOk();
		return html(result);
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertEscaped(String html, String payload) {
		// Form fields write the right-to-left and left-to-right marks as named entities.
		String marks = html.replace("&rlm;", "\u200F").replace("&lrm;", "\u200E");
		assertThat(marks).as(payload).contains(escape(payload)).doesNotContain(RAW);
	}

	/**
	 * @return the text as it must appear in HTML: the five characters that could open
	 * markup or close an attribute as entities, everything else as typed
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		Map<Character, String> entities = Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;");
		for (char c : text.toCharArray()) {
			escaped.append(entities.getOrDefault(c, String.valueOf(c)));
		}
		return escaped.toString();
	}

	private static String domain(int i) {
		return "hostile" + i + ".test";
	}

	private static String adminEmail(int i) {
		return "ga@" + domain(i);
	}

}
