package com.partnerportal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.PortalHttpClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal, each in a JVM of its own, started at the same time against
 * one PostgreSQL schema, as behind a load balancer without sticky sessions: a browser
 * signs in on one and goes on on the other, and customers' acceptances sent to both at
 * once still leave exactly one CSP partner holding delegated admin, with nothing lost.
 * Everything is done over HTTP, through the pages; the database is only read.
 */
@EnabledIf(value = "com.partnerportal.PostgresTestDatabase#isAvailable",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class TwoInstancesPostgresTests {

	private static final String PLATFORM_ADMIN = "admin@portal.test";

	private static final String DEMO_PASSWORD = "demo-password";

	private static final String PASSWORD = "a long enough passphrase";

	private static final int RACERS = 6;

	private static final String MEANWHILE = "Someone changed your organisation’s delegated administration meanwhile";

	private static final Pattern MOVE_CHOICE = Pattern.compile("name=\"(choices\\[\\d+\\])\" value=\"MOVE\"");

	private static TwoPortals portals;

	private static PortalProcess first;

	private static PortalProcess second;

	private static JdbcClient database;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	static void startTwoInstances() {
		portals = TwoPortals.start("two_instances");
		first = portals.first();
		second = portals.second();
		database = portals.database();
	}

	@AfterAll
	static void stopInstances() {
		if (portals != null) {
			portals.close();
		}
	}

	@Test
	void signedInOnOneInstanceThenTheOtherServesTheSessionItsFormsAndItsSignOut() {
		PortalHttpClient browser = new PortalHttpClient(first.url(""), "en");

		Page signIn = browser.post(first.url("/login"), browser.get(first.url("/login"))
			.formWith(Map.of("username", PLATFORM_ADMIN, "password", DEMO_PASSWORD)));
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).isEqualTo(first.url("/"));

		Page partners = browser.get(second.url("/admin/partners"));
		assertThat(partners.status()).isEqualTo(200);
		assertThat(partners.body()).contains("Signed in as Paula Operator");

		// A form rendered by the first instance, submitted to the second; the flash
		// message it sets there is shown by the first.
		Page form = browser.get(first.url("/admin/partners/new"));
		String name = "Twin " + this.run;
		Page created = browser.post(second.url("/admin/partners"), form.formWith(partnerForm(name)));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		assertThat(created.location()).endsWith("/admin/partners");
		assertThat(partnerCount(name)).isOne();
		assertThat(browser.get(first.url("/admin/partners")).body()).contains(name + " was created.");

		Page signOut = browser.post(second.url("/logout"),
				browser.get(second.url("/admin/partners")).formWith(Map.of()));
		assertThat(signOut.status()).isEqualTo(302);
		Page afterSignOut = browser.get(first.url("/admin/partners"));
		assertThat(afterSignOut.status()).isEqualTo(302);
		assertThat(afterSignOut.location()).endsWith("/login");
	}

	@Test
	void acceptancesSentToBothInstancesAtOnceThenOneCspPartnerHoldsDelegatedAdminAndNothingIsLost() throws Exception {
		PortalHttpClient admin = new PortalHttpClient(first.url(""), "en").signIn(PLATFORM_ADMIN, DEMO_PASSWORD);
		List<String> tokens = new ArrayList<>();
		List<Long> partnerIds = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			String name = "Racer " + this.run + " " + i;
			PortalProcess here = instance(i);
			PortalProcess there = instance(i + 1);
			Page created = admin.post(here.url("/admin/partners"),
					admin.get(there.url("/admin/partners/new")).formWith(partnerForm(name)));
			assertThat(created.status()).as(created.body()).isEqualTo(302);
			String link = invitationLink(email(name), here, there);
			tokens.add(link.substring(link.indexOf("/invitations/") + "/invitations/".length()));
			partnerIds
				.add(database.sql("select id from partner where name = ?").param(name).query(Long.class).single());
			// The link's key and secret are in the database: an instance opens a link the
			// other one made.
			Page landing = new PortalHttpClient(here.url(""), "en").get("/invitations/" + tokens.get(i));
			assertThat(landing.status()).isEqualTo(200);
			assertThat(landing.body()).contains(name + " invites your organisation");
		}

		PortalHttpClient customer = new PortalHttpClient(first.url(""), "en");
		String domain = "twins-" + this.run + ".test";
		// The form is read from one instance and sent to the other; the confirmation
		// link from the mail is followed on the first again.
		Page registered = customer.post(second.url("/invitations/" + tokens.get(0) + "/register"),
				customer.get(first.url("/invitations/" + tokens.get(0) + "/register")).formWith(registration(domain)));
		assertThat(registered.status()).as(registered.body()).isEqualTo(302);
		String confirmation = RegistrationMail.confirmationPath(database, "admin@" + domain);
		Page confirmed = customer.post(second.url(confirmation),
				customer.get(first.url(confirmation)).formWith(Map.of()));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
		Long customerId = database.sql("select id from customer where domain = ?")
			.param(domain)
			.query(Long.class)
			.single();

		// Nobody holds delegated admin yet: every racer keeps the (empty) holders and
		// expects to be the first.
		List<Integer> firstWinners = race(customer, tokens, List.of());
		assertThat(firstWinners).hasSize(1);
		Long firstHolder = partnerIds.get(firstWinners.get(0));
		assertThat(cspHolders(customerId)).containsOnlyKeys(firstHolder);

		// Every other racer now asks to move delegated admin away from the holder.
		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			if (!firstWinners.contains(i)) {
				others.add(i);
			}
		}
		List<Integer> secondWinners = race(customer, tokens, others);
		assertThat(secondWinners).hasSize(1);
		Long secondHolder = partnerIds.get(secondWinners.get(0));
		assertThat(secondHolder).isNotEqualTo(firstHolder);
		assertThat(cspHolders(customerId)).containsOnlyKeys(secondHolder);

		for (Long winner : List.of(firstHolder, secondHolder)) {
			assertThat(relationships(customerId)).contains(winner);
			assertThat(acceptancesLogged(customerId)).contains(winner);
		}
		assertThat(relationships(customerId)).hasSize(2);
		assertThat(acceptancesLogged(customerId)).hasSize(2);
		assertThat(database.sql("select count(*) from invitation_response where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void demotedThenDisabledThroughOneInstanceThenTheSessionOnTheOtherActsWithTheNewStateAtItsNextRequest() {
		PortalHttpClient admin = new PortalHttpClient(first.url(""), "en").signIn(PLATFORM_ADMIN, DEMO_PASSWORD);
		String name = "Session " + this.run;
		Page partner = admin.post(first.url("/admin/partners"),
				admin.get(first.url("/admin/partners/new")).formWith(partnerForm(name)));
		assertThat(partner.status()).as(partner.body()).isEqualTo(302);
		PortalHttpClient globalAdmin = new PortalHttpClient(second.url(""), "en").signIn(email(name), PASSWORD);
		String secondAdmin = "ga2-" + this.run + "@session.test";
		Page created = globalAdmin.post(second.url("/partner/users"),
				globalAdmin.get(second.url("/partner/users/new")).formWith(newGlobalAdmin(secondAdmin)));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		Long secondAdminId = database.sql("select id from user_account where email = ?")
			.param(secondAdmin)
			.query(Long.class)
			.single();

		PortalHttpClient onFirst = new PortalHttpClient(first.url(""), "en").signIn(secondAdmin, PASSWORD);
		Page users = onFirst.get(first.url("/partner/users"));
		assertThat(users.status()).isEqualTo(200);
		Map<String, String> promote = users.formWith(Map.of("role", "GLOBAL_ADMIN"));

		Page demoted = globalAdmin.post(second.url("/partner/users/" + secondAdminId + "/role"),
				globalAdmin.get(second.url("/partner/users")).formWith(Map.of("role", "HELPDESK_AGENT")));
		assertThat(demoted.status()).isEqualTo(302);

		assertThat(onFirst.get(first.url("/partner/users")).status()).isEqualTo(403);
		assertThat(onFirst.post(first.url("/partner/users/" + secondAdminId + "/role"), promote).status())
			.isEqualTo(403);
		assertThat(partnerRole(secondAdminId)).isEqualTo("HELPDESK_AGENT");
		assertThat(onFirst.get(first.url("/partner/customers")).status()).isEqualTo(200);

		Page disabled = globalAdmin.post(second.url("/partner/users/" + secondAdminId + "/disable"),
				globalAdmin.get(second.url("/partner/users/" + secondAdminId + "/disable")).formWith(Map.of()));
		assertThat(disabled.status()).isEqualTo(302);

		Page ended = onFirst.get(first.url("/partner/customers"));
		assertThat(ended.status()).isEqualTo(302);
		assertThat(ended.location()).endsWith("/login?sessionEnded");
		assertThat(onFirst.get(ended.location()).body()).contains("Your session has ended");
		Page onSecond = onFirst.get(second.url("/partner/customers"));
		assertThat(onSecond.status()).isEqualTo(302);
		assertThat(onSecond.location()).endsWith("/login");
	}

	/**
	 * The customer's Global admin opens the accept page of each racer's invitation, in
	 * tabs of one browser on both instances at once, then submits them all at the same
	 * moment, half to each instance.
	 * @param racers the indexes of the invitations to accept; every one of them if empty
	 * @return the indexes of the acceptances that went through
	 */
	private List<Integer> race(PortalHttpClient customer, List<String> tokens, List<Integer> racers) throws Exception {
		List<Integer> who = new ArrayList<>(racers);
		if (who.isEmpty()) {
			for (int i = 0; i < tokens.size(); i++) {
				who.add(i);
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(who.size());
		try {
			List<Future<Page>> opened = new ArrayList<>();
			for (Integer i : who) {
				opened
					.add(pool.submit(() -> customer.get(instance(i).url("/invitations/" + tokens.get(i) + "/accept"))));
			}
			List<Map<String, String>> forms = new ArrayList<>();
			for (Future<Page> page : opened) {
				Page accept = page.get(60, TimeUnit.SECONDS);
				assertThat(accept.status()).as(accept.body()).isEqualTo(200);
				forms.add(acceptance(accept));
			}

			CountDownLatch ready = new CountDownLatch(who.size());
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Page>> answers = new ArrayList<>();
			for (int n = 0; n < who.size(); n++) {
				int i = who.get(n);
				Map<String, String> form = forms.get(n);
				answers.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return customer.post(instance(i + 1).url("/invitations/" + tokens.get(i) + "/accept"), form);
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<Integer> accepted = new ArrayList<>();
			for (int n = 0; n < who.size(); n++) {
				Page answer = answers.get(n).get(60, TimeUnit.SECONDS);
				if (answer.status() == 302) {
					assertThat(answer.location()).endsWith("/customer/partner-relationships");
					accepted.add(who.get(n));
				}
				else {
					assertThat(answer.status()).as(answer.body()).isEqualTo(200);
					assertThat(answer.body()).contains(MEANWHILE);
				}
			}
			return accepted;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The accept form as the page filled it in, with the agreement ticked and, where the
	 * page offers to move delegated admin to this partner, that choice made.
	 */
	private static Map<String, String> acceptance(Page accept) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("conflicts", accept.find("name=\"conflicts\" value=\"([^\"]*)\""));
		form.put("agreementAccepted", "true");
		Matcher move = MOVE_CHOICE.matcher(accept.body());
		while (move.find()) {
			form.put(move.group(1), "MOVE");
		}
		return accept.formWith(form);
	}

	/**
	 * The partner's Global admin asks for its invitation link with delegated admin on one
	 * instance and reads it from the draft on the other.
	 */
	private static String invitationLink(String email, PortalProcess here, PortalProcess there) {
		PortalHttpClient partner = new PortalHttpClient(there.url(""), "en").signIn(email, PASSWORD);
		Page requested = partner.post(there.url("/partner/relationship-requests"),
				partner.get(there.url("/partner/relationship-requests/new"))
					.formWith(Map.of("includeDelegatedAdmin", "true")));
		assertThat(requested.status()).as(requested.body()).isEqualTo(302);
		Page draft = partner.get(here.url("/partner/relationship-requests/draft?delegatedAdmin=true"));
		assertThat(draft.status()).isEqualTo(200);
		return draft.find("id=\"invitation-link\"[^>]*value=\"([^\"]+)\"");
	}

	private static PortalProcess instance(int i) {
		return (i % 2 == 0) ? first : second;
	}

	private static Map<String, String> partnerForm(String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("country", "PT");
		form.put("region", "EUROPE");
		form.put("cloud", "PUBLIC");
		form.put("cspMember", "true");
		form.put("adminName", "Admin of " + name);
		form.put("adminEmail", email(name));
		form.put("password", PASSWORD);
		form.put("passwordConfirmation", PASSWORD);
		return form;
	}

	private static Map<String, String> newGlobalAdmin(String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Second Admin");
		form.put("email", email);
		form.put("role", "GLOBAL_ADMIN");
		form.put("password", PASSWORD);
		form.put("passwordConfirmation", PASSWORD);
		return form;
	}

	private static String partnerRole(Long userId) {
		return database.sql("select partner_role from user_account where id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	private static String email(String partnerName) {
		return "ga@" + partnerName.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test";
	}

	private static Map<String, String> registration(String domain) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("companyName", "Twins " + domain);
		form.put("domain", domain);
		form.put("country", "ES");
		form.put("adminName", "Twin Admin");
		form.put("email", "admin@" + domain);
		form.put("password", PASSWORD);
		form.put("passwordConfirmation", PASSWORD);
		return form;
	}

	private static long partnerCount(String name) {
		return database.sql("select count(*) from partner where name = ?").param(name).query(Long.class).single();
	}

	/**
	 * @return for each CSP partner holding delegated admin for the customer, how many
	 * services it holds
	 */
	private static Map<Long, Long> cspHolders(Long customerId) {
		Map<Long, Long> holders = new LinkedHashMap<>();
		database
			.sql("select r.partner_id, count(*) from delegated_admin_grant g"
					+ " join reseller_relationship r on r.id = g.relationship_id"
					+ " where g.csp_holder_customer_id = ? group by r.partner_id")
			.param(customerId)
			.query((row, n) -> holders.put(row.getLong(1), row.getLong(2)))
			.list();
		return holders;
	}

	private static List<Long> relationships(Long customerId) {
		return database.sql("select partner_id from reseller_relationship where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.list();
	}

	private static List<Long> acceptancesLogged(Long customerId) {
		return database
			.sql("select partner_id from activity_log where customer_id = ? and action = 'INVITATION_ACCEPTED'")
			.param(customerId)
			.query(Long.class)
			.list();
	}

}
