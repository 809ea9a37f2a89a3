package com.partnerportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.NewCustomer;
import com.partnerportal.customer.RegistrationOrigin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Registration through a partner's invitation as a person does it: the form is answered
 * with a mail, and the organisation exists once the link in that mail has been followed
 * and its button pressed. The link is read from the mail the portal stored (the Sent mail
 * page shows the same rows), so that these helpers work whether or not an SMTP server is
 * configured, and on any instance sharing the database.
 */
public final class RegistrationMail {

	private static final Pattern CONFIRMATION_LINK = Pattern
		.compile("https?://\\S+?(/registrations/[A-Za-z0-9_-]{22})");

	private RegistrationMail() {
	}

	/**
	 * @param database the portal's database
	 * @param email the address a registration was made for
	 * @return the newest mail to the address, as stored
	 * @throws AssertionError if the portal wrote none
	 */
	public static String newestMail(JdbcClient database, String email) {
		List<String> texts = database.sql("select text_body from outgoing_mail where recipient = ? order by id desc")
			.param(email.strip().toLowerCase(Locale.ROOT))
			.query(String.class)
			.list();
		assertThat(texts).as("mail to %s", email).isNotEmpty();
		return texts.get(0);
	}

	/**
	 * @param database the portal's database
	 * @param email the address a registration was made for
	 * @return the path of the confirmation link in the newest mail to the address
	 * @throws AssertionError if that mail has no confirmation link
	 */
	public static String confirmationPath(JdbcClient database, String email) {
		String text = newestMail(database, email);
		Matcher link = CONFIRMATION_LINK.matcher(text);
		assertThat(link.find()).as("a confirmation link in the mail to %s:%n%s", email, text).isTrue();
		return link.group(1);
	}

	/**
	 * Fills in the registration form over HTTP, then follows the link from the mail and
	 * presses its button, which signs the new Global admin in on this client.
	 * @param browser the person's browser
	 * @param invitation the invitation link: a path, or an absolute URL of any instance
	 * @param fields the registration form's fields
	 * @param database the portal's database
	 * @return the confirmation's answer, a redirect to the invitation's accept page
	 */
	public static Page registerAndConfirm(PortalHttpClient browser, String invitation, Map<String, String> fields,
			JdbcClient database) {
		browser.get(invitation + "/register");
		Page registered = browser.post(invitation + "/register", fields);
		assertThat(registered.status()).as("registration of %s: %s", fields.get("domain"), registered.body())
			.isEqualTo(302);
		assertThat(registered.location()).endsWith("/register/sent");
		String confirmation = origin(invitation) + confirmationPath(database, fields.get("email"));
		assertThat(browser.get(confirmation).status()).as("confirmation page").isEqualTo(200);
		Page confirmed = browser.post(confirmation, Map.of());
		assertThat(confirmed.status()).as("confirmation of %s: %s", fields.get("domain"), confirmed.body())
			.isEqualTo(302);
		return confirmed;
	}

	/**
	 * The same through MockMvc: the form, then the confirmation.
	 * @param mvc the portal
	 * @param token the invitation link's token
	 * @param form the registration form's fields
	 * @param database the portal's database
	 * @return the confirmation's answer
	 */
	public static MvcTestResult registerAndConfirm(MockMvcTester mvc, String token, MultiValueMap<String, String> form,
			JdbcClient database) {
		assertThat(mvc.post().uri("/invitations/{token}/register", token).params(form).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/register/sent");
		MvcTestResult confirmed = mvc.post()
			.uri(confirmationPath(database, form.getFirst("email")))
			.with(csrf())
			.exchange();
		assertThat(confirmed).hasStatus(HttpStatus.FOUND);
		return confirmed;
	}

	/**
	 * The same through the service, for tests that need a freshly registered customer
	 * rather than the pages: the registration is kept, and confirmed with the key from
	 * its mail.
	 * @param registration the service
	 * @param application the organisation and its first Global admin
	 * @param database the portal's database
	 * @return the new Global admin
	 */
	public static CustomerUser registerConfirmed(CustomerRegistration registration, NewCustomer application,
			JdbcClient database) {
		registration.submit(application, new RegistrationOrigin("no-invitation", "http://localhost/invitations/none",
				"http://localhost/registrations/", Locale.ENGLISH));
		String path = confirmationPath(database, application.email());
		return registration.confirm(path.substring(path.lastIndexOf('/') + 1)).admin();
	}

	/**
	 * In a browser without a screen (HtmlUnit): opens the link from the mail and presses
	 * its button, after the registration form was sent.
	 * @param browser the person's browser, which sent the form
	 * @param baseUrl the portal's address
	 * @param email the address registered
	 * @param database the portal's database
	 * @return the page the confirmation leads to
	 */
	public static HtmlPage confirm(WebClient browser, String baseUrl, String email, JdbcClient database) {
		try {
			HtmlPage confirmation = browser.getPage(baseUrl + confirmationPath(database, email));
			HtmlButton button = confirmation.getFirstByXPath("//form[contains(@action, '/registrations/')]//button");
			assertThat(button).as("the confirmation page's button").isNotNull();
			return button.click();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Asks for a reseller relationship with delegated admin as a partner person would,
	 * through the request form, and reads the invitation link from the draft email.
	 * @param partner a partner's Global admin or Admin agent, signed in
	 * @return the invitation link's path
	 */
	public static String invitationFromTheDraftEmail(PortalHttpClient partner) {
		partner.get("/partner/relationship-requests/new");
		partner.post("/partner/relationship-requests", Map.of("includeDelegatedAdmin", "true"));
		String link = partner.get("/partner/relationship-requests/draft?delegatedAdmin=true")
			.find("id=\"invitation-link\"[^>]*value=\"([^\"]+)\"");
		return link.substring(link.indexOf("/invitations/"));
	}

	/**
	 * @param company the organisation's name
	 * @param domain its domain
	 * @param adminName the first Global admin's name
	 * @param email the first Global admin's address
	 * @param password the password chosen, typed twice
	 * @return the registration form's fields, for an organisation in Spain
	 */
	public static Map<String, String> registrationForm(String company, String domain, String adminName, String email,
			String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("companyName", company);
		form.put("domain", domain);
		form.put("country", "ES");
		form.put("adminName", adminName);
		form.put("email", email);
		form.put("password", password);
		form.put("passwordConfirmation", password);
		return form;
	}

	private static String origin(String invitation) {
		if (!invitation.startsWith("http")) {
			return "";
		}
		URI uri = URI.create(invitation);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

}
