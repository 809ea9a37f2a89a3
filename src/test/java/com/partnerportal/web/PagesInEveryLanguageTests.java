package com.partnerportal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.servlet.RequestDispatcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.NewCustomer;
import com.partnerportal.customer.RegistrationOrigin;
import com.partnerportal.shared.Cloud;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, signed in as the role that uses it, renders whole in every language:
 * no message key is missing (Thymeleaf would show {@code ??key_lang??}) and the page says
 * which language it is in.
 */
@PortalTest
@Transactional
class PagesInEveryLanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerRegistration registration;

	@Autowired
	EntityManager entityManager;

	@ParameterizedTest
	@ValueSource(strings = { "en", "es", "pt-BR", "it", "ru" })
	void mainPagesWhenRenderedInALanguageThenHaveEveryText(String language) throws Exception {
		List<String> problems = new ArrayList<>();
		for (Page page : pages()) {
			var request = this.mvc.get()
				.uri(page.url())
				.header("Accept-Language", language)
				.accept(MediaType.TEXT_HTML);
			if (page.user() != null) {
				request = request.with(this.demo.signedIn(page.user()));
			}
			if (page.errorStatus() != null) {
				request = request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, page.errorStatus())
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
			}
			MvcTestResult result = request.exchange();
			String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			int expectedStatus = (page.errorStatus() != null) ? page.errorStatus() : 200;
			if (result.getResponse().getStatus() != expectedStatus) {
				problems.add(page.url() + " answered " + result.getResponse().getStatus());
			}
			else if (body.contains("??")) {
				int at = body.indexOf("??");
				problems.add(page.url() + " misses " + body.substring(at, Math.min(body.length(), at + 60)));
			}
			else if (!body.contains("<html lang=\"" + language + "\"")) {
				problems.add(page.url() + " is not marked as " + language);
			}
			else if (language.equals("ru") && !body.matches("(?s).*[\\u0400-\\u04FF].*")) {
				problems.add(page.url() + " has no Cyrillic text");
			}
		}
		assertThat(problems).isEmpty();
	}

	private List<Page> pages() {
		Long adatum = this.demo.customerId("adatum.test");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long directory = this.demo.serviceId("AZURE_AD");
		Long agent = this.jdbc.sql("select id from user_account where email = 'agent@fabrikam.test'")
			.query(Long.class)
			.single();
		Long subscription = this.jdbc
			.sql("select s.id from subscription s join customer c on c.id = s.customer_id"
					+ " where c.domain = 'adatum.test' and s.offer_name = 'Microsoft 365 Business Standard'")
			.query(Long.class)
			.single();
		String subscriptions = "/partner/customers/" + adatum + "/subscriptions";
		String operations = subscriptions + "/" + subscription;
		PortalUser partnerAdmin = this.demo.user("ga@fabrikam.test");
		String invitation = this.invitationLinks.invitationFor(fabrikam, true, partnerAdmin.actor()).path();
		String confirmation = registered("pages-in-every-language.test", invitation);
		String used = registered("used-link.test", invitation);
		this.jdbc.sql("update pending_registration set used_at = created_at where domain = 'used-link.test'").update();
		// The registrations kept are still in the persistence context, as they were
		// saved.
		this.entityManager.clear();
		Long mail = this.jdbc.sql("select max(id) from outgoing_mail").query(Long.class).single();
		return List.of(new Page(invitation + "/register/sent", null), new Page(confirmation, null),
				new Page(used, null, 410), new Page("/admin/mail", "admin@portal.test"),
				new Page("/admin/mail/" + mail, "admin@portal.test"), new Page("/login", null),
				new Page("/customer-agreement", null), new Page(invitation, null),
				new Page(invitation + "/register", null), new Page(invitation + "/accept", "ga@contoso.test"),
				new Page(invitation + "/accept", "user@contoso.test", 403),
				new Page("/partner/customers", "ga@fabrikam.test"),
				new Page("/partner/customers?q=zzz", "ga@fabrikam.test"),
				new Page("/partner/customers", "ga@litware.test"),
				new Page("/partner/customers?expand=" + adatum, "ga@fabrikam.test"),
				new Page("/partner/relationship-requests/new", "agent@fabrikam.test"),
				new Page("/partner/relationship-requests/new", "ga@tailspin.test"),
				new Page("/partner/relationship-requests/draft?delegatedAdmin=true", "ga@fabrikam.test"),
				new Page("/partner/relationship-requests/draft?delegatedAdmin=false", "ga@fabrikam.test"),
				new Page("/partner/users", "ga@fabrikam.test"), new Page("/partner/users/new", "ga@fabrikam.test"),
				new Page("/partner/users/" + agent + "/disable", "ga@fabrikam.test"),
				new Page("/customer/partner-relationships", "ga@adatum.test"),
				new Page("/customer/partner-relationships", "ga@contoso.test"),
				new Page("/customer/partner-relationships", "user@contoso.test"),
				new Page("/customer/partner-relationships/delegated-admin/remove?partner=" + fabrikam + "&service="
						+ directory, "ga@adatum.test"),
				new Page("/customer/partner-relationships/delegated-admin/remove?scope=all", "ga@adatum.test"),
				new Page("/admin", "admin@portal.test"), new Page("/admin/relationships", "admin@portal.test"),
				new Page("/account/preferences", "user@contoso.test"), new Page("/admin/partners", "admin@portal.test"),
				new Page("/admin/partners/new", "admin@portal.test"), new Page("/error", null, 404),
				new Page("/error", null, 403), new Page("/error", null, 500), new Page("/error", null, 400));
	}

	/**
	 * @return the path of the confirmation link of a new registration of the domain
	 */
	private String registered(String domain, String invitation) {
		String email = "ga@" + domain;
		this.registration.submit(
				new NewCustomer("Pages " + domain, domain, "ES", Cloud.PUBLIC, "Ana Pages", email,
						"a long enough passphrase", "a long enough passphrase"),
				new RegistrationOrigin(invitation.substring(invitation.lastIndexOf('/') + 1),
						"http://localhost" + invitation, "http://localhost/registrations/", Locale.ENGLISH));
		return RegistrationMail.confirmationPath(this.jdbc, email);
	}

	/**
	 * A page to render.
	 *
	 * @param url the page
	 * @param user who signs in to see it, {@code null} for nobody
	 * @param errorStatus the status an error page is rendered for, or the status the page
	 * answers with
	 */
	record Page(String url, @Nullable String user, @Nullable Integer errorStatus) {

		Page(String url, @Nullable String user) {
			this(url, user, null);
		}

	}

}
