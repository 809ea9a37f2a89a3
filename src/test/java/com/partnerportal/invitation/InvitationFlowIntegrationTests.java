package com.partnerportal.invitation;

import java.net.URI;
import java.net.URL;
import java.util.List;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's side of an invitation over real HTTP, as a browser follows it: the saved
 * request that brings a user back after signing in, cookies, CSRF fields and the
 * container's error handling are all real here. The flows commit, so the context is
 * thrown away afterwards.
 */
// A context of its own, closed afterwards: Contoso, no partner's customer in the demo
// data,
// becomes Northwind's here, as some tests of the shared context make it themselves.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "portal.test-context=invitation-flow")
@DirtiesContext
class InvitationFlowIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	InvitationLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private WebClient browser;

	/**
	 * The newest activity entry before the test: other test classes share the database
	 * and write entries about the same demo customers.
	 */
	private long lastEntryBefore;

	@BeforeEach
	void openBrowser() {
		this.lastEntryBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from activity_log", Long.class);
		this.browser = new WebClient();
		this.browser.getOptions().setJavaScriptEnabled(false);
		this.browser.getOptions().setCssEnabled(false);
		this.browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void invitationWhenGlobalAdminSignsInFromTheLandingPageThenReturnsToAcceptAndAccepts() throws Exception {
		String token = token("ga@northwind.test", true);
		HtmlPage landing = this.browser.getPage(url("/invitations/" + token));
		assertThat(landing.getWebResponse().getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");

		HtmlPage login = landing.getAnchorByText("Sign in").click();
		assertThat(login.getUrl().getPath()).isEqualTo("/login");
		HtmlForm form = login.getForms().get(login.getForms().size() - 1);
		form.getInputByName("username").type("ga@contoso.test");
		form.getInputByName("password").type("demo-password");
		HtmlPage accept = form.getOneHtmlElementByAttribute("button", "type", "submit").click();

		assertThat(accept.getUrl().getPath()).isEqualTo("/invitations/" + token + "/accept");
		assertThat(accept.asNormalizedText()).contains("Accept the invitation from Northwind Advisors");
		HtmlForm acceptForm = formWithAction(accept, "/accept");
		HtmlCheckBoxInput agreement = acceptForm.getInputByName("agreementAccepted");
		agreement.setChecked(true);
		HtmlPage after = acceptForm.getOneHtmlElementByAttribute("button", "type", "submit").click();

		assertThat(after.getUrl().getPath()).isEqualTo("/customer/partner-relationships");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reseller_relationship r join customer c"
						+ " on c.id = r.customer_id join partner p on p.id = r.partner_id"
						+ " where c.domain = 'contoso.test' and p.name = 'Northwind Advisors' and r.state = 'ACTIVE'",
				Long.class))
			.isOne();
		// The view that led to signing in is recorded once, before what the acceptance
		// did.
		assertThat(actionsFor("contoso.test")).containsExactly("INVITATION_VIEWED", "CUSTOMER_AGREEMENT_ACCEPTED",
				"RELATIONSHIP_ESTABLISHED", "DELEGATED_ADMIN_GRANTED", "DELEGATED_ADMIN_GRANTED",
				"INVITATION_ACCEPTED");
	}

	@Test
	void invitationWhenOrganisationRegistersThenItsGlobalAdminIsSignedInAndAccepts() throws Exception {
		String token = token("ga@litware.test", false);
		HtmlPage landing = this.browser.getPage(url("/invitations/" + token));

		HtmlPage register = landing.getAnchorByText("Create your organisation’s account").click();
		HtmlForm form = formWithAction(register, "/register");
		form.getInputByName("companyName").type("Wingtip Brasil");
		form.getInputByName("domain").type("wingtip-brasil.test");
		assertThat(form.getSelectByName("country").getSelectedOptions().get(0).getValueAttribute()).isEqualTo("BR");
		form.getInputByName("adminName").type("Ana Souza");
		form.getInputByName("email").type("ana@wingtip-brasil.test");
		form.getInputByName("password").type("a long enough passphrase");
		form.getInputByName("passwordConfirmation").type("a long enough passphrase");
		HtmlPage sent = form.getOneHtmlElementByAttribute("button", "type", "submit").click();
		assertThat(sent.asNormalizedText()).contains("We sent a message to ana@wingtip-brasil.test");
		HtmlPage accept = RegistrationMail.confirm(this.browser, url("").toString(), "ana@wingtip-brasil.test",
				JdbcClient.create(this.jdbc));

		assertThat(accept.getUrl().getPath()).isEqualTo("/invitations/" + token + "/accept");
		assertThat(accept.asNormalizedText()).contains("Signed in as Ana Souza, Wingtip Brasil",
				"The account of Wingtip Brasil is ready");
		HtmlForm acceptForm = formWithAction(accept, "/accept");
		HtmlPage refused = acceptForm.getOneHtmlElementByAttribute("button", "type", "submit").click();
		assertThat(refused.asNormalizedText()).contains("Tick the box to accept the customer agreement");
		acceptForm = formWithAction(refused, "/accept");
		((HtmlCheckBoxInput) acceptForm.getInputByName("agreementAccepted")).setChecked(true);
		HtmlPage after = acceptForm.getOneHtmlElementByAttribute("button", "type", "submit").click();

		assertThat(after.getUrl().getPath()).isEqualTo("/customer/partner-relationships");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reseller_relationship r join customer c"
						+ " on c.id = r.customer_id where c.domain = 'wingtip-brasil.test' and r.state = 'ACTIVE'",
				Long.class))
			.isOne();
		assertThat(actionsFor("wingtip-brasil.test")).containsExactly("CUSTOMER_REGISTERED", "USER_CREATED",
				"INVITATION_VIEWED", "CUSTOMER_AGREEMENT_ACCEPTED", "RELATIONSHIP_ESTABLISHED", "INVITATION_ACCEPTED");
	}

	@Test
	void invitationWhenLinkIsChangedThenTheNotFoundPageIsShown() throws Exception {
		String token = token("ga@northwind.test", false);
		String changed = token.replace(".r", ".d");

		HtmlPage page = this.browser.getPage(url("/invitations/" + changed));

		assertThat(page.getWebResponse().getStatusCode()).isEqualTo(404);
		assertThat(page.asNormalizedText()).contains("Page not found");
		assertThat(page.getWebResponse().getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");
	}

	private List<String> actionsFor(String domain) {
		return this.jdbc.queryForList("select a.action from activity_log a join customer c on c.id = a.customer_id"
				+ " where c.domain = ? and a.id > ? order by a.id", String.class, domain, this.lastEntryBefore);
	}

	private String token(String partnerAdmin, boolean delegatedAdmin) {
		PortalUser user = this.demo.user(partnerAdmin);
		return this.links.invitationFor(user.partnerId(), delegatedAdmin, user.actor()).token();
	}

	private static HtmlForm formWithAction(HtmlPage page, String actionEnd) {
		return page.getForms()
			.stream()
			.filter((form) -> form.getActionAttribute().endsWith(actionEnd))
			.findFirst()
			.orElseThrow();
	}

	private URL url(String path) throws Exception {
		return URI.create("http://localhost:" + this.port + path).toURL();
	}

}
