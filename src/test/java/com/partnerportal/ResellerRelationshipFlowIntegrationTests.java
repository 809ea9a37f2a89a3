package com.partnerportal;

import java.net.URI;
import java.net.URL;

import javax.sql.DataSource;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole reseller-relationship flow over real HTTP, as two people in two browsers
 * click through it: a partner asks for a relationship with delegated admin, a new
 * customer registers through the link and accepts, removes delegated admin for one
 * service while the relationship stays, and gets it back when the partner asks again. The
 * flow commits, on a customer of its own, so the demo's data stays as the other tests of
 * the shared context expect it.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResellerRelationshipFlowIntegrationTests {

	private static final String CUSTOMER = "Wingtip Iberia";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private WebClient partner;

	private WebClient customer;

	@BeforeEach
	void openBrowsers() {
		this.partner = browser();
		this.customer = browser();
	}

	@AfterEach
	void closeBrowsers() {
		this.partner.close();
		this.customer.close();
	}

	@Test
	void relationshipWhenRequestedAcceptedRemovedAndRequestedAgainThenDelegatedAdminIsBack() throws Exception {
		HtmlPage customers = signIn(this.partner, "ga@fabrikam.test");
		assertThat(customers.getUrl().getPath()).isEqualTo("/partner/customers");

		String link = requestDelegatedAdminLink(customers);
		assertThat(link).startsWith("http://localhost:" + this.port + "/invitations/");

		HtmlPage accept = register(this.customer.getPage(link));
		HtmlForm acceptForm = formWithAction(accept, "/accept");
		((HtmlCheckBoxInput) acceptForm.getInputByName("agreementAccepted")).setChecked(true);
		HtmlPage relationships = submit(acceptForm);
		assertThat(relationships.getUrl().getPath()).isEqualTo("/customer/partner-relationships");
		assertThat(relationships.asNormalizedText()).contains("Fabrikam Cloud Partners");

		HtmlPage details = expandCustomer();
		assertThat(delegatedAdminOf(details, "Azure Active Directory")).startsWith("Held since");
		assertThat(delegatedAdminOf(details, "Office 365")).startsWith("Held since");
		assertThat(delegatedAdminOf(details, "Dynamics 365")).isEqualTo("Does not apply");

		HtmlPage confirmation = anchorWithHref(relationships, "/delegated-admin/remove?partner=", "service=").click();
		assertThat(confirmation.asNormalizedText()).contains("Your relationship with Fabrikam Cloud Partners stays");
		HtmlPage afterRemoval = submit(formWithAction(confirmation, "/delegated-admin/remove"));
		assertThat(afterRemoval.asNormalizedText()).contains("Delegated admin privileges removed")
			.contains("It remains your partner");

		details = expandCustomer();
		assertThat(delegatedAdminOf(details, "Azure Active Directory")).startsWith("Not held (removed on");
		assertThat(delegatedAdminOf(details, "Office 365")).startsWith("Held since");

		String secondLink = requestDelegatedAdminLink(this.partner.getPage(url("/partner/customers")));
		assertThat(secondLink).as("the link is personal to the partner and reusable").isEqualTo(link);

		HtmlPage landing = this.customer.getPage(secondLink);
		HtmlPage acceptAgain = landing.getAnchorByText("Continue").click();
		assertThat(formWithAction(acceptAgain, "/accept").getInputsByName("agreementAccepted"))
			.as("the customer agreement was accepted already")
			.isEmpty();
		submit(formWithAction(acceptAgain, "/accept"));

		details = expandCustomer();
		assertThat(delegatedAdminOf(details, "Azure Active Directory")).startsWith("Held since");
		assertThat(delegatedAdminOf(details, "Office 365")).startsWith("Held since");
	}

	private String requestDelegatedAdminLink(HtmlPage customers) throws Exception {
		HtmlPage request = customers.getAnchorByText("Request a reseller relationship").click();
		HtmlForm requestForm = formWithAction(request, "/partner/relationship-requests");
		assertThat(((HtmlCheckBoxInput) requestForm.getInputByName("includeDelegatedAdmin")).isChecked())
			.as("delegated admin is included by default")
			.isTrue();
		HtmlPage draft = submit(requestForm);
		String link = ((HtmlInput) draft.getElementById("invitation-link")).getValue();
		HtmlTextArea body = draft.<HtmlForm>getHtmlElementById("draft-form").getTextAreaByName("body");
		assertThat(body.getText()).contains(link).doesNotContain(CUSTOMER);
		HtmlPage done = submit(formWithAction(draft, "/done"));
		assertThat(done.getUrl().getPath()).isEqualTo("/partner/customers");
		return link;
	}

	private HtmlPage register(HtmlPage landing) throws Exception {
		assertThat(landing.asNormalizedText()).contains("Fabrikam Cloud Partners");
		HtmlPage registration = landing.getAnchorByText("Create your organisation\u2019s account").click();
		HtmlForm form = formWithAction(registration, "/register");
		form.getInputByName("companyName").type(CUSTOMER);
		form.getInputByName("domain").type("wingtip-iberia.test");
		form.getSelectByName("country").setSelectedAttribute("ES", true);
		form.getInputByName("adminName").type("Rosa Vidal");
		form.getInputByName("email").type("rosa@wingtip-iberia.test");
		form.getInputByName("password").type("correct horse battery");
		form.getInputByName("passwordConfirmation").type("correct horse battery");
		HtmlPage sent = submit(form);
		assertThat(sent.asNormalizedText()).contains("Check your inbox", "rosa@wingtip-iberia.test");
		// Rosa reads the mail and follows its link.
		HtmlPage accept = RegistrationMail.confirm(this.customer, url("").toString(), "rosa@wingtip-iberia.test",
				JdbcClient.create(this.dataSource));
		assertThat(accept.getUrl().getPath()).endsWith("/accept");
		return accept;
	}

	private HtmlPage expandCustomer() throws Exception {
		HtmlPage found = this.partner.getPage(url("/partner/customers?q=" + CUSTOMER.replace(' ', '+')));
		HtmlTableRow row = found.getFirstByXPath("//tr[td[contains(., '" + CUSTOMER + "')]]");
		assertThat(row).as("the customer is on the partner's Customers page").isNotNull();
		HtmlAnchor expander = row.getFirstByXPath(".//a[contains(@class, 'expander')]");
		return expander.click();
	}

	private static String delegatedAdminOf(HtmlPage details, String service) {
		HtmlElement cell = details.getFirstByXPath("//tr[td[1][normalize-space(.) = '" + service + "']]/td[2]");
		assertThat(cell).as("a delegated-admin row for " + service).isNotNull();
		return cell.asNormalizedText().strip();
	}

	private HtmlPage signIn(WebClient browser, String email) throws Exception {
		HtmlPage login = browser.getPage(url("/login"));
		HtmlForm form = formWithAction(login, "/login");
		form.getInputByName("username").type(email);
		form.getInputByName("password").type("demo-password");
		return submit(form);
	}

	private static HtmlPage submit(HtmlForm form) throws Exception {
		HtmlElement button = form.getFirstByXPath(".//button[@type='submit']");
		if (button == null) {
			button = form.getPage().getFirstByXPath("//button[@form='" + form.getId() + "']");
		}
		return button.click();
	}

	private static HtmlForm formWithAction(HtmlPage page, String actionEnd) {
		return page.getForms()
			.stream()
			.filter((form) -> form.getActionAttribute().endsWith(actionEnd))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No form posting to " + actionEnd + " on " + page.getUrl()));
	}

	private static HtmlAnchor anchorWithHref(HtmlPage page, String... parts) {
		return page.getAnchors()
			.stream()
			.filter((anchor) -> java.util.Arrays.stream(parts).allMatch(anchor.getHrefAttribute()::contains))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No link on " + page.getUrl()));
	}

	private URL url(String path) throws Exception {
		return URI.create("http://localhost:" + this.port + path).toURL();
	}

	private static WebClient browser() {
		WebClient browser = new WebClient();
		browser.getOptions().setJavaScriptEnabled(false);
		browser.getOptions().setCssEnabled(false);
		return browser;
	}

}
