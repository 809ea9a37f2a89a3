package com.partnerportal.invitation;

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
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer who opens a link its partner has replaced is told so, over real HTTP, after
 * Fabrikam's Global admin replaced it through the rotation form; a changed old link still
 * gets the plain not-found page.
 */
// The link replaced here stays replaced in the shared context: every other test asks for
// the partner's current link when it needs one.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InvitationLinkReplacedHttpTests {

	private static final String ROTATE = "/partner/relationship-requests/link/rotate";

	private static final List<String> TABLES = List.of("customer", "user_account", "reseller_relationship",
			"delegated_admin_grant", "invitation_response", "activity_log");

	@LocalServerPort
	int port;

	@Autowired
	InvitationLinks links;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oldLinkWhenThePartnerReplacedItThenSaysItIsNoLongerValidNamingNoPartnerAndTamperedStaysNotFound() {
		List<String> old = List.of(token(true), token(false));
		PortalHttpClient fabrikam = client("en").signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
		Page confirmation = fabrikam.get(ROTATE);
		Page rotated = fabrikam.post(ROTATE,
				confirmation.formWith(Map.of("version", confirmation.find("name=\"version\" value=\"(\\d+)\""))));
		assertThat(rotated.status()).isEqualTo(302);
		assertThat(token(true)).isNotIn(old);
		Map<String, Long> before = counts();

		for (String token : old) {
			Page english = client("en").get("/invitations/" + token);
			assertThat(english.status()).as(token).isEqualTo(410);
			assertThat(english.body()).contains("This invitation link is no longer valid",
					"Ask the partner who invited you for the new link.");
			Page italian = client("it").get("/invitations/" + token);
			assertThat(italian.status()).as(token).isEqualTo(410);
			assertThat(italian.body()).contains("Questo link di invito non è più valido",
					"Chiedi il nuovo link al partner che ti ha invitato.");
			PortalHttpClient contoso = client("es").signIn(DemoAccounts.CONTOSO_ADMIN, "demo-password");
			Page accept = contoso.get("/invitations/" + token + "/accept");
			assertThat(accept.status()).as(token).isEqualTo(410);
			assertThat(accept.body()).contains("Este vínculo de invitación ya no es válido");
			for (Page page : List.of(english, italian, accept)) {
				assertThat(page.body()).doesNotContain("Fabrikam", "fabrikam");
			}

			String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
			Page notFound = client("en").get("/invitations/" + tampered);
			assertThat(notFound.status()).as(tampered).isEqualTo(404);
			assertThat(notFound.body()).contains("Page not found").doesNotContain("no longer valid");
		}
		assertThat(counts()).isEqualTo(before);
	}

	private PortalHttpClient client(String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language);
	}

	private String token(boolean delegatedAdmin) {
		PortalUser admin = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		return this.links.invitationFor(admin.partnerId(), delegatedAdmin, admin.actor()).token();
	}

	private Map<String, Long> counts() {
		return TABLES.stream()
			.collect(java.util.stream.Collectors.toMap((table) -> table,
					(table) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single()));
	}

}
