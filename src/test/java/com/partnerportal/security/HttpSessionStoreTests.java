package com.partnerportal.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.session.Session;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.StoredSessions;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.invitation.InvitationLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP sessions kept in the database, over real HTTP: every kind of value the portal and
 * its frameworks put in a session is written to the store and read back from it between
 * requests, and the cookie that names the session is HttpOnly and SameSite=Lax.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpSessionStoreTests {

	private static final String CSRF_TOKEN = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

	private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	private static final String INVITATION_VIEWS = "com.partnerportal.invitation.web.InvitationViews.tokens";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	@LocalServerPort
	int port;

	@Autowired
	StoredSessions sessions;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CookieSerializer cookies;

	@Test
	void signInWhenThroughTheFormThenTheSavedRequestTheFailureTheUserTheTokenAndTheFlashGoThroughTheStore() {
		PortalHttpClient browser = new PortalHttpClient(url(""), "en");

		Page refused = browser.get(url("/partner/customers?q=Adatum"));
		assertThat(refused.location()).isEqualTo(url("/login"));
		SavedRequest saved = (SavedRequest) stored(browser).getAttribute(SAVED_REQUEST);
		assertThat(saved.getRedirectUrl()).startsWith(url("/partner/customers?q=Adatum"));

		Page login = browser.get(url("/login"));
		assertThat(stored(browser).<CsrfToken>getAttribute(CSRF_TOKEN).getToken()).isNotBlank();
		Page wrongPassword = browser.post(url("/login"),
				login.formWith(Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", "not the password")));
		assertThat(wrongPassword.location()).isEqualTo(url("/login?error"));
		assertThat(stored(browser).<Object>getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
			.isInstanceOf(BadCredentialsException.class);

		Page signedIn = browser.post(url("/login"), browser.get(url("/login?error"))
			.formWith(Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", "demo-password")));
		assertThat(signedIn.location()).isEqualTo(saved.getRedirectUrl());
		Session session = stored(browser);
		SecurityContext context = session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		PortalUser user = (PortalUser) context.getAuthentication().getPrincipal();
		assertThat(user.getUsername()).isEqualTo(DemoAccounts.FABRIKAM_ADMIN);
		assertThat(user.partnerId()).isEqualTo(this.demo.partnerId(DemoAccounts.FABRIKAM));
		assertThat(user.partnerRole()).isEqualTo(PartnerRole.GLOBAL_ADMIN);
		assertThat(user.getPassword()).as("the hash is erased before the session keeps the user").isNull();
		assertThat(this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(session.getId())
			.query(String.class)
			.single()).isEqualTo(DemoAccounts.FABRIKAM_ADMIN);
		assertThat(browser.get(signedIn.location()).body()).contains("Signed in as", "Adatum");

		Page done = browser.post(url("/partner/relationship-requests/done"),
				browser.get(url("/partner/relationship-requests/new")).formWith(Map.of()));
		assertThat(done.location()).isEqualTo(url("/partner/customers"));
		List<FlashMap> flashMaps = stored(browser).getAttribute(FLASH_MAPS);
		assertThat(flashMaps).singleElement().satisfies((flash) -> {
			assertThat(flash.get("flashMessage")).isEqualTo("invitation.draft.done");
			assertThat(flash.get("flashArguments")).isEqualTo(new Object[0]);
		});
		assertThat(browser.get(done.location()).body()).contains("Your invitation is ready.");
		assertThat(stored(browser).getAttributeNames()).doesNotContain(FLASH_MAPS);
	}

	@Test
	void acceptPageWhenSeenThenTheSessionRemembersItsInvitationThroughTheStore() {
		String token = this.links
			.invitationFor(this.demo.partnerId(DemoAccounts.FABRIKAM), true,
					this.demo.user(DemoAccounts.FABRIKAM_ADMIN).actor())
			.token();
		PortalHttpClient browser = new PortalHttpClient(url(""), "en").signIn(DemoAccounts.CONTOSO_ADMIN,
				"demo-password");

		assertThat(browser.get(url("/invitations/" + token + "/accept")).status()).isEqualTo(200);

		assertThat(stored(browser).<Set<String>>getAttribute(INVITATION_VIEWS)).containsExactly(token);
	}

	@Test
	void sessionCookieWhenWrittenThenHttpOnlyAndSameSiteLaxAndSecureExactlyWhenTheRequestCameOverHttps() {
		for (boolean https : new boolean[] { false, true }) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.setSecure(https);
			MockHttpServletResponse response = new MockHttpServletResponse();

			this.cookies.writeCookieValue(new CookieValue(request, response, "a-session-id"));

			String cookie = response.getHeader("Set-Cookie");
			assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly", "; SameSite=Lax");
			assertThat(cookie.contains("; Secure")).as("Secure over HTTPS: %s", https).isEqualTo(https);
		}
	}

	private Session stored(PortalHttpClient browser) {
		return this.sessions.of(browser);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
