package com.partnerportal.partner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.DemoAccounts;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.PortalTest;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
@Transactional
class PartnerUsersControllerTests {

	private static final String GA = "ga@fabrikam.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	@Test
	void listWhenGlobalAdminThenShowsThePartnersUsersWithRoleAndStatus() {
		assertThat(this.mvc.get().uri("/partner/users").with(as(GA))).hasStatusOk()
			.bodyText()
			.contains("Ana García", "ga@fabrikam.test", "Bruno Ortega", "Carmen Ruiz", "Diego Martín",
					"<option value=\"HELPDESK_AGENT\" selected=\"selected\">Helpdesk agent</option>", "Enabled",
					"(you)", "href=\"/partner/users/" + id("agent@fabrikam.test") + "/disable\"",
					"Showing 1\u20134 of 4")
			.doesNotContain("Giulia Bianchi", "href=\"/partner/users/" + id(GA) + "/disable\"");
	}

	@Test
	void pagesWhenNotGlobalAdminThenForbidden() {
		String agentId = id("sales@fabrikam.test");
		for (String email : new String[] { "agent@fabrikam.test", "sales@fabrikam.test", "helpdesk@fabrikam.test",
				"ga@contoso.test", "admin@portal.test" }) {
			assertThat(this.mvc.get().uri("/partner/users").with(as(email))).as(email).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/partner/users/new").with(as(email))).as(email)
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/partner/users/" + agentId + "/disable").with(as(email))).as(email)
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri("/partner/users/" + agentId + "/disable").with(as(email)).with(csrf()))
				.as(email)
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri("/partner/users").with(as(email)).with(csrf()).params(newUser("eva@x.test")))
				.as(email)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.demo.user("sales@fabrikam.test").isEnabled()).isTrue();
		assertThat(this.accounts.existsByEmail("eva@x.test")).isFalse();
	}

	@Test
	void newFormWhenGlobalAdminThenOffersTheRoles() {
		assertThat(this.mvc.get().uri("/partner/users/new").with(as(GA))).hasStatusOk()
			.bodyText()
			.contains("Add a user", "Global admin", "Admin agent", "Sales agent", "Helpdesk agent", "name=\"_csrf\"");
	}

	@Test
	void createWhenValidThenAddsUserWhoCanSignInAndLogs() {
		assertThat(this.mvc.post().uri("/partner/users").with(as(GA)).with(csrf()).params(newUser("eva@fabrikam.test")))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/partner/users")
			.flash()
			.containsEntry("flashMessage", "users.created");

		PortalUser eva = this.demo.user("eva@fabrikam.test");
		assertThat(eva.partnerRole()).isEqualTo(PartnerRole.SALES_AGENT);
		assertThat(eva.partnerId()).isEqualTo(this.demo.user(GA).partnerId());
		assertThat(lastEntry().getAction()).isEqualTo(ActivityAction.USER_CREATED);
		assertThat(this.mvc.perform(formLogin("/login").user("eva@fabrikam.test").password("a-long-enough-password")))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/");
	}

	@Test
	void createWhenInputInvalidThenFormErrorsAndNothingWritten() {
		MultiValueMap<String, String> taken = newUser("Agent@Fabrikam.test");
		assertThat(post(taken)).hasStatusOk()
			.bodyText()
			.contains("An account with this e-mail address exists already.");

		MultiValueMap<String, String> weak = newUser("eva@fabrikam.test");
		weak.set("password", "short");
		weak.set("passwordConfirmation", "short");
		assertThat(post(weak)).hasStatusOk().bodyText().contains("at least 12 characters", "and at most 72");

		MultiValueMap<String, String> emailAsPassword = newUser("eva.long.address@fabrikam.test");
		emailAsPassword.set("password", "eva.long.address@fabrikam.test");
		emailAsPassword.set("passwordConfirmation", "eva.long.address@fabrikam.test");
		assertThat(post(emailAsPassword)).hasStatusOk()
			.bodyText()
			.contains("The password cannot be the e-mail address.");

		MultiValueMap<String, String> mismatch = newUser("eva@fabrikam.test");
		mismatch.set("passwordConfirmation", "not-the-same-password");
		assertThat(post(mismatch)).hasStatusOk().bodyText().contains("The two passwords are not the same.");

		MultiValueMap<String, String> badRole = newUser("eva@fabrikam.test");
		badRole.set("role", "OWNER");
		assertThat(post(badRole)).hasStatusOk().bodyText().contains("Choose one of the roles in the list.");

		assertThat(this.accounts.existsByEmail("eva@fabrikam.test")).isFalse();
		assertThat(this.accounts.existsByEmail("eva.long.address@fabrikam.test")).isFalse();
	}

	@Test
	void createWhenRequestEmptyThenFormErrorsNotServerError() {
		assertThat(this.mvc.post().uri("/partner/users").with(as(GA)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter the person&#39;s name.", "Enter an e-mail address.", "Choose a role.",
					"Enter an initial password.");
	}

	@Test
	void createWhenCsrfTokenMissingThenForbiddenAndNothingWritten() {
		assertThat(this.mvc.post().uri("/partner/users").with(as(GA)).params(newUser("eva@fabrikam.test")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.accounts.existsByEmail("eva@fabrikam.test")).isFalse();
	}

	@Test
	void changeRoleWhenGlobalAdminThenChangesAndLogs() {
		String agentId = id("agent@fabrikam.test");
		assertThat(this.mvc.post()
			.uri("/partner/users/" + agentId + "/role")
			.with(as(GA))
			.with(csrf())
			.param("role", "SALES_AGENT")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/partner/users")
			.flash()
			.containsEntry("flashMessage", "users.roleChanged");

		assertThat(this.demo.user("agent@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.SALES_AGENT);
		ActivityLogEntry entry = lastEntry();
		assertThat(entry.getAction()).isEqualTo(ActivityAction.USER_ROLE_CHANGED);
		assertThat(entry.getOldValue()).isEqualTo("agent@fabrikam.test: ADMIN_AGENT");
		assertThat(entry.getNewValue()).isEqualTo("agent@fabrikam.test: SALES_AGENT");
	}

	@Test
	void changeRoleWhenLastGlobalAdminDemotesThemselfThenRefusedWithMessage() {
		assertThat(this.mvc.post()
			.uri("/partner/users/" + id(GA) + "/role")
			.with(as(GA))
			.with(csrf())
			.param("role", "ADMIN_AGENT")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("userError", "users.refused.lastGlobalAdmin");
		assertThat(this.demo.user(GA).partnerRole()).isEqualTo(PartnerRole.GLOBAL_ADMIN);
	}

	@Test
	void changeRoleWhenRoleOrIdInvalidThenBadRequest() {
		String agentId = id("agent@fabrikam.test");
		assertThat(this.mvc.post()
			.uri("/partner/users/" + agentId + "/role")
			.with(as(GA))
			.with(csrf())
			.param("role", "OWNER")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post().uri("/partner/users/" + agentId + "/role").with(as(GA)).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(
				this.mvc.post().uri("/partner/users/abc/role").with(as(GA)).with(csrf()).param("role", "SALES_AGENT"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/partner/users?page=x").with(as(GA))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.demo.user("agent@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void changeRoleWhenCsrfTokenMissingThenForbiddenAndNothingChanged() {
		assertThat(this.mvc.post()
			.uri("/partner/users/" + id("agent@fabrikam.test") + "/role")
			.with(as(GA))
			.param("role", "SALES_AGENT")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.demo.user("agent@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void disableWhenConfirmedThenDisablesAndTheUserCannotSignIn() {
		String helpdeskId = id("helpdesk@fabrikam.test");
		assertThat(this.mvc.perform(formLogin("/login").user("helpdesk@fabrikam.test").password("demo-password")))
			.hasRedirectedUrl("/");

		assertThat(this.mvc.get().uri("/partner/users/" + helpdeskId + "/disable").with(as(GA))).hasStatusOk()
			.bodyText()
			.contains("Disable Diego Martín?", "will no longer be able to sign in",
					"action=\"/partner/users/" + helpdeskId + "/disable\"");
		assertThat(this.demo.user("helpdesk@fabrikam.test").isEnabled()).isTrue();

		assertThat(this.mvc.post().uri("/partner/users/" + helpdeskId + "/disable").with(as(GA)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/partner/users")
			.flash()
			.containsEntry("flashMessage", "users.disabled");

		assertThat(this.demo.user("helpdesk@fabrikam.test").isEnabled()).isFalse();
		ActivityLogEntry entry = lastEntry();
		assertThat(entry.getAction()).isEqualTo(ActivityAction.USER_DISABLED);
		assertThat(entry.getPartnerId()).isEqualTo(this.demo.user(GA).partnerId());
		assertThat(this.mvc.perform(formLogin("/login").user("helpdesk@fabrikam.test").password("demo-password")))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?error");
		assertThat(this.mvc.get().uri("/partner/users").with(as(GA))).bodyText().contains("Disabled");
	}

	@Test
	void disableWhenSelfThenConfirmationExplainsAndPostIsRefused() {
		String gaId = id(GA);
		assertThat(this.mvc.get().uri("/partner/users/" + gaId + "/disable").with(as(GA))).hasStatusOk()
			.bodyText()
			.contains("You cannot disable your own account.")
			.doesNotContain("action=\"/partner/users/" + gaId + "/disable\"");

		assertThat(this.mvc.post().uri("/partner/users/" + gaId + "/disable").with(as(GA)).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("userError", "users.refused.self");
		assertThat(this.demo.user(GA).isEnabled()).isTrue();
	}

	@Test
	void disableWhenCsrfTokenMissingThenForbiddenAndNothingChanged() {
		assertThat(this.mvc.post().uri("/partner/users/" + id("helpdesk@fabrikam.test") + "/disable").with(as(GA)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.demo.user("helpdesk@fabrikam.test").isEnabled()).isTrue();
	}

	@Test
	void anotherPartnersUserWhenAskedForThenNotFoundAndNothingChanged() {
		String fabrikamAgentId = id("agent@fabrikam.test");
		String northwind = "ga@northwind.test";
		assertThat(this.mvc.get().uri("/partner/users/" + fabrikamAgentId + "/disable").with(as(northwind)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(
				this.mvc.post().uri("/partner/users/" + fabrikamAgentId + "/disable").with(as(northwind)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/partner/users/" + fabrikamAgentId + "/role")
			.with(as(northwind))
			.with(csrf())
			.param("role", "GLOBAL_ADMIN")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/partner/users").with(as(northwind))).hasStatusOk()
			.bodyText()
			.contains("Giulia Bianchi")
			.doesNotContain("agent@fabrikam.test");

		PortalUser agent = this.demo.user("agent@fabrikam.test");
		assertThat(agent.isEnabled()).isTrue();
		assertThat(agent.partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void disableWhenUnknownIdThenNotFound() {
		assertThat(this.mvc.get().uri("/partner/users/987654/disable").with(as(GA))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(
			MultiValueMap<String, String> params) {
		return this.mvc.post().uri("/partner/users").with(as(GA)).with(csrf()).params(params);
	}

	private RequestPostProcessor as(String email) {
		return this.demo.signedIn(email);
	}

	private String id(String email) {
		return String.valueOf(this.demo.user(email).userId());
	}

	private ActivityLogEntry lastEntry() {
		var entries = this.activityLog.entriesForPartner(this.demo.user(GA).partnerId());
		return entries.get(entries.size() - 1);
	}

	private static MultiValueMap<String, String> newUser(String email) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("name", "Eva López");
		params.add("email", email);
		params.add("role", "SALES_AGENT");
		params.add("password", "a-long-enough-password");
		params.add("passwordConfirmation", "a-long-enough-password");
		return params;
	}

}
