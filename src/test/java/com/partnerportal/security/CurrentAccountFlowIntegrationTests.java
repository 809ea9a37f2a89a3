package com.partnerportal.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session acts with its account's current state, not with the one it had at sign-in:
 * over real HTTP, each person in a browser of their own, signed in through the sign-in
 * form. A demoted user's open session loses the rights at its next request, a disabled
 * user's session ends at once and changes nothing, and settings saved apply at the next
 * page. The changes commit, so the context is thrown away afterwards.
 */
// A context of its own, closed afterwards: Fabrikam's demo users are demoted, disabled
// and given other settings here, and the tests of the shared context sign in as them.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "portal.test-context=current-account-flow")
@DirtiesContext
class CurrentAccountFlowIntegrationTests {

	private static final String PASSWORD = "demo-password";

	private static final String NEW_PASSWORD = "a long enough passphrase";

	private static final String SESSION_ENDED = "/login?sessionEnded";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demotedGlobalAdminWhenItsOpenSessionTriesToTakeTheOrganisationOverThenRefusedAndNothingChanges() {
		PortalHttpClient ga = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, PASSWORD);
		Page created = ga.post("/partner/users",
				ga.get("/partner/users/new").formWith(newUser("Second Admin", "ga2@fabrikam.test", "GLOBAL_ADMIN")));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		Long ga2Id = userId("ga2@fabrikam.test");
		Long gaId = userId(DemoAccounts.FABRIKAM_ADMIN);

		PortalHttpClient ga2 = browser().signIn("ga2@fabrikam.test", NEW_PASSWORD);
		Page usersAsGlobalAdmin = ga2.get("/partner/users");
		assertThat(usersAsGlobalAdmin.status()).isEqualTo(200);
		// Forms ga2 was shown while still a Global admin, submitted after the demotion.
		Map<String, String> promote = usersAsGlobalAdmin.formWith(Map.of("role", "GLOBAL_ADMIN"));
		Map<String, String> disable = ga2.get("/partner/users/" + gaId + "/disable").formWith(Map.of());
		Map<String, String> create = ga2.get("/partner/users/new")
			.formWith(newUser("Intruder", "intruder@fabrikam.test", "GLOBAL_ADMIN"));

		Page demoted = ga.post("/partner/users/" + ga2Id + "/role",
				ga.get("/partner/users").formWith(Map.of("role", "HELPDESK_AGENT")));
		assertThat(demoted.status()).isEqualTo(302);
		assertThat(role(ga2Id)).isEqualTo("HELPDESK_AGENT");
		long activityBefore = activityEntries();

		assertThat(ga2.get("/partner/users").status()).isEqualTo(403);
		assertThat(ga2.post("/partner/users/" + ga2Id + "/role", promote).status()).isEqualTo(403);
		assertThat(ga2.post("/partner/users/" + gaId + "/disable", disable).status()).isEqualTo(403);
		assertThat(ga2.post("/partner/users", create).status()).isEqualTo(403);

		assertThat(role(ga2Id)).isEqualTo("HELPDESK_AGENT");
		assertThat(enabled(gaId)).isTrue();
		assertThat(userCount("intruder@fabrikam.test")).isZero();
		assertThat(activityEntries()).isEqualTo(activityBefore);
		assertThatSignInFails("intruder@fabrikam.test", NEW_PASSWORD);
		// Still signed in, as a Helpdesk agent.
		Page customers = ga2.get("/partner/customers");
		assertThat(customers.status()).isEqualTo(200);
		assertThat(customers.body()).contains("Signed in as Second Admin");
	}

	@Test
	void disabledAdminAgentWhenItsOpenSessionAddsSeatsThenSentToSignInAndNothingChanges() {
		Long adatum = customerId("adatum.test");
		Long subscription = this.jdbc
			.sql("select min(s.id) from subscription s join partner p on p.id = s.partner_of_record_id"
					+ " where s.customer_id = ? and p.name = ? and s.status = 'ACTIVE'")
			.param(adatum)
			.param(DemoAccounts.FABRIKAM)
			.query(Long.class)
			.single();
		String seatsPage = "/partner/customers/" + adatum + "/subscriptions/" + subscription + "/seats/add";
		PortalHttpClient agent = browser().signIn("agent@fabrikam.test", PASSWORD);
		Page form = agent.get(seatsPage);
		assertThat(form.status()).isEqualTo(200);
		Map<String, String> seats = form
			.formWith(Map.of("seats", "5", "version", form.find("name=\"version\"[^>]*value=\"(\\d+)\"")));

		PortalHttpClient ga = browser().signIn(DemoAccounts.FABRIKAM_ADMIN, PASSWORD);
		Long agentId = userId("agent@fabrikam.test");
		Page disabled = ga.post("/partner/users/" + agentId + "/disable",
				ga.get("/partner/users/" + agentId + "/disable").formWith(Map.of()));
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(enabled(agentId)).isFalse();
		int seatsBefore = seats(subscription);
		long activityBefore = activityEntries();

		Page refused = agent.post(seatsPage, seats);
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).endsWith(SESSION_ENDED);
		assertThat(seats(subscription)).isEqualTo(seatsBefore);
		assertThat(activityEntries()).isEqualTo(activityBefore);

		Page signInPage = agent.get(refused.location());
		assertThat(signInPage.status()).isEqualTo(200);
		assertThat(signInPage.body()).contains("Your session has ended");
		Page next = agent.get(seatsPage);
		assertThat(next.status()).isEqualTo(302);
		assertThat(next.location()).endsWith("/login");
	}

	@Test
	void disabledSalesAgentWhenItsOpenSessionAsksForAPageThenSentToSignInWithTheMessageInItsLanguage() {
		Long agentId = userId("sales@fabrikam.test");
		PortalHttpClient sales = new PortalHttpClient(url(""), "es").signIn("sales@fabrikam.test", PASSWORD);
		assertThat(sales.get("/partner/customers").status()).isEqualTo(200);

		this.jdbc.sql("update user_account set enabled = false where id = ?").param(agentId).update();

		Page ended = sales.get("/partner/customers");
		assertThat(ended.status()).isEqualTo(302);
		assertThat(ended.location()).endsWith(SESSION_ENDED);
		assertThat(sales.get(ended.location()).body()).contains("Tu sesión ha terminado");
	}

	@Test
	void customerGlobalAdminWhenDemotedThenDisabledInTheDatabaseThenItsOpenSessionCannotRemoveDelegatedAdmin() {
		Long adatum = customerId("adatum.test");
		PortalHttpClient customer = browser().signIn(DemoAccounts.ADATUM_ADMIN, PASSWORD);
		Page confirmation = customer.get("/customer/partner-relationships/delegated-admin/remove?scope=all");
		assertThat(confirmation.status()).isEqualTo(200);
		Map<String, String> removal = confirmation.formWith(Map.of("scope", "all"));
		long grantsBefore = activeGrants(adatum);
		assertThat(grantsBefore).isPositive();
		long activityBefore = activityEntries();

		this.jdbc.sql("update user_account set customer_global_admin = false where email = ?")
			.param(DemoAccounts.ADATUM_ADMIN)
			.update();
		Page asOrdinaryUser = customer.post("/customer/partner-relationships/delegated-admin/remove", removal);
		assertThat(asOrdinaryUser.status()).isEqualTo(403);
		assertThat(activeGrants(adatum)).isEqualTo(grantsBefore);

		this.jdbc.sql("update user_account set customer_global_admin = true, enabled = false where email = ?")
			.param(DemoAccounts.ADATUM_ADMIN)
			.update();
		Page asDisabledUser = customer.post("/customer/partner-relationships/delegated-admin/remove", removal);
		assertThat(asDisabledUser.status()).isEqualTo(302);
		assertThat(asDisabledUser.location()).endsWith(SESSION_ENDED);
		assertThat(activeGrants(adatum)).isEqualTo(grantsBefore);
		assertThat(activityEntries()).isEqualTo(activityBefore);
	}

	@Test
	void partnerUserWhenSavingSettingsThenSavedAndTheNextPagesUseThem() {
		PortalHttpClient helpdesk = browser().signIn("helpdesk@fabrikam.test", PASSWORD);
		Page form = helpdesk.get("/account/preferences");
		assertThat(form.status()).isEqualTo(200);

		Page saved = helpdesk.post("/account/preferences",
				form.formWith(Map.of("language", "it", "timeZone", "Asia/Tokyo")));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/account/preferences");

		Page after = helpdesk.get(saved.location());
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.body()).contains("lang=\"it\"")
			.containsPattern("<option[^>]*value=\"Asia/Tokyo\"[^>]*selected");
		assertThat(this.jdbc.sql("select time_zone from user_account where email = ?")
			.param("helpdesk@fabrikam.test")
			.query(String.class)
			.single()).isEqualTo("Asia/Tokyo");
	}

	private void assertThatSignInFails(String email, String password) {
		PortalHttpClient stranger = browser();
		stranger.get("/login");
		Page answer = stranger.post("/login", Map.of("username", email, "password", password));
		assertThat(answer.location()).endsWith("/login?error");
	}

	private static Map<String, String> newUser(String name, String email, String role) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("email", email);
		form.put("role", role);
		form.put("password", NEW_PASSWORD);
		form.put("passwordConfirmation", NEW_PASSWORD);
		return form;
	}

	private PortalHttpClient browser() {
		return new PortalHttpClient(url(""), "en");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private Long userId(String email) {
		return this.jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
	}

	private long userCount(String email) {
		return this.jdbc.sql("select count(*) from user_account where email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private String role(Long userId) {
		return this.jdbc.sql("select partner_role from user_account where id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	private boolean enabled(Long userId) {
		return this.jdbc.sql("select enabled from user_account where id = ?")
			.param(userId)
			.query(Boolean.class)
			.single();
	}

	private Long customerId(String domain) {
		return this.jdbc.sql("select id from customer where domain = ?").param(domain).query(Long.class).single();
	}

	private int seats(Long subscriptionId) {
		return this.jdbc.sql("select seats from subscription where id = ?")
			.param(subscriptionId)
			.query(Integer.class)
			.single();
	}

	private long activeGrants(Long customerId) {
		return this.jdbc.sql("select count(*) from delegated_admin_grant where customer_id = ? and active")
			.param(customerId)
			.query(Long.class)
			.single();
	}

	private long activityEntries() {
		return this.jdbc.sql("select count(*) from activity_log").query(Long.class).single();
	}

}
