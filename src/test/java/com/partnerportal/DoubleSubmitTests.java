package com.partnerportal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.invitation.Invitation;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent twice, as an impatient double click or a reload after a lost answer sends
 * it, has the effect of one submission: twice in a row, and twice at the same moment from
 * two threads of the same signed-in browser. The second answer is never a 5xx: it says
 * nothing was left to do, or that the first one changed things meanwhile.
 * <p>
 * Over real HTTP, so that the two requests of a pair run in the container's threads
 * exactly as a browser's would.
 */
// A context of its own, closed afterwards: these tests accept and decline invitations,
// remove relationships and delegated admin, add seats, create users and change roles in
// the demo data, which the tests of the shared context rely on.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "portal.test-context=double-submit")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoubleSubmitTests {

	private static final String PASSWORD = "demo-password";

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships demoRelationships;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void acceptanceWhenSentTwiceInARowThenAcceptedOnce() {
		String path = invitationPath(DemoAccounts.FABRIKAM_ADMIN) + "/accept";
		PortalHttpClient contoso = signedIn(DemoAccounts.CONTOSO_ADMIN);
		contoso.get(path);

		List<Integer> statuses = inARow(() -> contoso.post(path, Map.of("agreementAccepted", "true")));

		assertThat(statuses).containsExactly(302, 302);
		assertAcceptedOnce("contoso.test", DemoAccounts.FABRIKAM);
	}

	@Test
	void acceptanceWhenSentTwiceAtOnceThenAcceptedOnce() {
		Long customer = newCustomer("double-accept.test");
		String path = invitationPath(DemoAccounts.NORTHWIND_ADMIN) + "/accept";
		PortalHttpClient admin = signedIn("admin@double-accept.test");
		admin.get(path);

		List<Integer> statuses = atOnce(() -> admin.post(path, Map.of("agreementAccepted", "true")));

		assertThat(statuses).allMatch((status) -> status == 302 || status == 200).contains(302);
		assertAcceptedOnce("double-accept.test", DemoAccounts.NORTHWIND);
		assertThat(count("select count(*) from activity_log where action = 'CUSTOMER_AGREEMENT_ACCEPTED'"
				+ " and customer_id = ?", customer))
			.isOne();
	}

	@Test
	void declineWhenSentTwiceInARowThenDeclinedOnce() {
		assertDeclinedOnce("declined-in-a-row.test", false);
	}

	@Test
	void declineWhenSentTwiceAtOnceThenDeclinedOnce() {
		assertDeclinedOnce("declined-at-once.test", true);
	}

	@Test
	void delegatedAdminRemovalWhenSentTwiceInARowThenRemovedOnce() {
		assertDelegatedAdminRemovedOnce("keystone-clinics.test", false);
	}

	@Test
	void delegatedAdminRemovalWhenSentTwiceAtOnceThenRemovedOnce() {
		assertDelegatedAdminRemovedOnce("umbra-logistics.test", true);
	}

	@Test
	void seatsWhenAddedTwiceInARowThenAddedOnce() {
		assertSeatsAddedOnce("lumen-travel.test", false);
	}

	@Test
	void seatsWhenAddedTwiceAtOnceThenAddedOnce() {
		assertSeatsAddedOnce("dune-robotics.test", true);
	}

	@Test
	void addonWhenOrderedTwiceInARowThenOrderedOnce() {
		assertAddonOrderedOnce("nova-foods.test", false);
	}

	@Test
	void addonWhenOrderedTwiceAtOnceThenOrderedOnce() {
		assertAddonOrderedOnce("cedar-robotics.test", true);
	}

	@Test
	void relationshipRemovalWhenSentTwiceInARowThenRemovedOnce() {
		assertRelationshipRemovedOnce(false);
	}

	@Test
	void relationshipRemovalWhenSentTwiceAtOnceThenRemovedOnce() {
		assertRelationshipRemovedOnce(true);
	}

	@Test
	void userCreationWhenSentTwiceInARowThenCreatedOnce() {
		assertUserCreatedOnce("twice-in-a-row@fabrikam.test", false);
	}

	@Test
	void userCreationWhenSentTwiceAtOnceThenCreatedOnce() {
		assertUserCreatedOnce("twice-at-once@fabrikam.test", true);
	}

	@Test
	void roleChangeWhenSentTwiceAtOnceThenChangedOnce() {
		PortalHttpClient admin = signedIn(DemoAccounts.FABRIKAM_ADMIN);
		admin.get("/partner/users");
		Long sales = count("select id from user_account where email = 'sales@fabrikam.test'");
		long before = entries("USER_ROLE_CHANGED");

		List<Integer> statuses = atOnce(
				() -> admin.post("/partner/users/" + sales + "/role", Map.of("role", "HELPDESK_AGENT")));

		assertThat(statuses).containsOnly(302);
		assertThat(entries("USER_ROLE_CHANGED")).isEqualTo(before + 1);
	}

	@Test
	void invitationLinkRotationWhenSentTwiceInARowThenRotatedOnce() {
		assertLinkRotatedOnce(DemoAccounts.FABRIKAM_ADMIN, false);
	}

	@Test
	void invitationLinkRotationWhenSentTwiceAtOnceThenRotatedOnce() {
		assertLinkRotatedOnce("ga@litware.test", true);
	}

	@Test
	void firstRelationshipRequestWhenSentTwiceAtOnceThenOneLinkIsCreated() {
		PortalHttpClient admin = signedIn("ga@tailspin.test");
		admin.get("/partner/relationship-requests/new");
		Long tailspin = this.demo.partnerId("Tailspin Government Solutions");

		List<Integer> statuses = atOnce(
				() -> admin.post("/partner/relationship-requests", Map.of("includeDelegatedAdmin", "true")));

		assertThat(statuses).containsOnly(302);
		assertThat(count("select count(*) from invitation_link where partner_id = ?", tailspin)).isOne();
		assertThat(count(
				"select count(*) from activity_log where action = 'INVITATION_LINK_CREATED'" + " and partner_id = ?",
				tailspin))
			.isOne();
	}

	@Test
	void delegatedAdminRemovalsWhenTwoAdminsChangeOneRelationshipAtOnceThenEachIsDoneOrRefusedNeverLost() {
		String domain = "harbor-travel.test";
		Long customer = this.demo.customerId(domain);
		this.jdbc
			.sql("insert into user_account (kind, email, password_hash, display_name, customer_id,"
					+ " customer_global_admin, created_at) select 'CUSTOMER', 'second@" + domain
					+ "', password_hash, 'Second Admin', customer_id, true, current_timestamp"
					+ " from user_account where email = 'admin@" + domain + "'")
			.update();
		Map<PortalHttpClient, String> removals = Map.of(signedIn("admin@" + domain), "AZURE_AD",
				signedIn("second@" + domain), "OFFICE_365");
		removals.keySet().forEach((admin) -> admin.get("/customer/partner-relationships"));
		List<PortalHttpClient> admins = List.copyOf(removals.keySet());
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> answers = admins.stream().map((admin) -> CompletableFuture.supplyAsync(() -> {
			await(start);
			return admin.post("/customer/partner-relationships/delegated-admin/remove",
					Map.of("partner", String.valueOf(this.demo.partnerId(DemoAccounts.FABRIKAM)), "service",
							String.valueOf(this.demo.serviceId(removals.get(admin)))))
				.status();
		}, this.threads)).toList();
		start.countDown();

		assertThat(answers.stream().map(CompletableFuture::join)).containsOnly(302);
		List<String> pages = admins.stream()
			.map((admin) -> admin.get("/customer/partner-relationships").body())
			.toList();
		long done = pages.stream().filter((page) -> page.contains("Delegated admin privileges removed")).count();
		long refused = pages.stream().filter((page) -> page.contains("nothing was removed")).count();
		assertThat(done).isPositive();
		assertThat(done + refused).isEqualTo(2);
		assertThat(count("select count(*) from delegated_admin_grant where customer_id = ? and not active", customer))
			.isEqualTo(done);
		assertThat(entriesFor("DELEGATED_ADMIN_REMOVED", customer)).isEqualTo(done);
	}

	private static void await(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void assertAcceptedOnce(String domain, String partner) {
		Long customer = this.demo.customerId(domain);
		Long partnerId = this.demo.partnerId(partner);
		assertThat(count("select count(*) from reseller_relationship where customer_id = ? and partner_id = ?",
				customer, partnerId))
			.isOne();
		assertThat(count("select count(*) from invitation_response where customer_id = ? and partner_id = ?", customer,
				partnerId))
			.isOne();
		assertThat(count("select count(*) from activity_log where action = 'INVITATION_ACCEPTED'"
				+ " and customer_id = ? and partner_id = ?", customer, partnerId))
			.isOne();
	}

	private void assertDeclinedOnce(String domain, boolean atOnce) {
		Long customer = newCustomer(domain);
		Long partner = this.demo.partnerId(DemoAccounts.NORTHWIND);
		String path = invitationPath(DemoAccounts.NORTHWIND_ADMIN);
		PortalHttpClient admin = signedIn("admin@" + domain);
		admin.get(path + "/accept");

		Supplier<Page> decline = () -> admin.post(path + "/decline", Map.of());
		List<Integer> statuses = atOnce ? atOnce(decline) : inARow(decline);

		assertThat(statuses).containsOnly(302);
		assertThat(count("select count(*) from invitation_response where customer_id = ? and partner_id = ?", customer,
				partner))
			.isOne();
		assertThat(count("select count(*) from activity_log where action = 'INVITATION_DECLINED'"
				+ " and customer_id = ? and partner_id = ?", customer, partner))
			.isOne();
	}

	private void assertDelegatedAdminRemovedOnce(String domain, boolean atOnce) {
		Long customer = this.demo.customerId(domain);
		PortalHttpClient admin = signedIn("admin@" + domain);
		admin.get("/customer/partner-relationships");
		Map<String, String> form = Map.of("partner", String.valueOf(this.demo.partnerId(DemoAccounts.FABRIKAM)),
				"service", String.valueOf(this.demo.serviceId("AZURE_AD")));
		long before = count("select count(*) from activity_log where customer_id = ?", customer);

		Supplier<Page> removal = () -> admin.post("/customer/partner-relationships/delegated-admin/remove", form);
		List<Integer> statuses = atOnce ? atOnce(removal) : inARow(removal);

		assertThat(statuses).containsOnly(302);
		assertThat(count("select count(*) from activity_log where customer_id = ?", customer)).isEqualTo(before + 1);
		assertThat(count("select count(*) from relationship_history h join delegated_admin_grant g"
				+ " on g.relationship_id = h.relationship_id and g.service_id = h.service_id"
				+ " where g.customer_id = ? and h.action <> 'DELEGATED_ADMIN_GRANTED'", customer))
			.isOne();
		assertThat(count("select count(*) from delegated_admin_grant where customer_id = ? and active", customer))
			.isOne();
	}

	private void assertSeatsAddedOnce(String domain, boolean atOnce) {
		Long customer = this.demo.customerId(domain);
		Long subscription = count("select min(id) from subscription where customer_id = ?", customer);
		long seats = count("select seats from subscription where id = ?", subscription);
		// The demo's history may hold earlier seat changes of this customer.
		long entriesBefore = entriesFor("SUBSCRIPTION_SEATS_ADDED", customer);
		String form = "/partner/customers/" + customer + "/subscriptions/" + subscription + "/seats/add";
		PortalHttpClient admin = signedIn(DemoAccounts.FABRIKAM_ADMIN);
		admin.get(form);
		Map<String, String> fields = Map.of("seats", "3", "version", String.valueOf(version(subscription)));

		List<Integer> statuses = atOnce ? atOnce(() -> admin.post(form, fields))
				: inARow(() -> admin.post(form, fields));

		assertThat(statuses).containsExactlyInAnyOrder(302, 200);
		assertThat(count("select seats from subscription where id = ?", subscription)).isEqualTo(seats + 3);
		assertThat(entriesFor("SUBSCRIPTION_SEATS_ADDED", customer)).isEqualTo(entriesBefore + 1);
	}

	private void assertAddonOrderedOnce(String domain, boolean atOnce) {
		Long customer = this.demo.customerId(domain);
		Long subscription = count("select min(id) from subscription where customer_id = ?", customer);
		String form = "/partner/customers/" + customer + "/subscriptions/" + subscription + "/addons";
		PortalHttpClient admin = signedIn(DemoAccounts.FABRIKAM_ADMIN);
		admin.get(form);
		Map<String, String> fields = Map.of("addon", String.valueOf(this.demo.addonId("Exchange Online Archiving")),
				"quantity", "2", "version", String.valueOf(version(subscription)));

		List<Integer> statuses = atOnce ? atOnce(() -> admin.post(form, fields))
				: inARow(() -> admin.post(form, fields));

		assertThat(statuses).containsExactlyInAnyOrder(302, 200);
		assertThat(count("select sum(quantity) from subscription_addon where subscription_id = ?", subscription))
			.isEqualTo(2);
		assertThat(entriesFor("SUBSCRIPTION_ADDON_ORDERED", customer)).isOne();
	}

	private void assertRelationshipRemovedOnce(boolean atOnce) {
		Long customer = newCustomer(atOnce ? "removed-at-once.test" : "removed-in-a-row.test");
		this.demoRelationships.relate(DemoAccounts.NORTHWIND, customer, Instant.now());
		PortalHttpClient admin = signedIn(DemoAccounts.NORTHWIND_ADMIN);
		String path = "/partner/customers/" + customer + "/relationship/remove";
		admin.get(path);

		List<Integer> statuses = atOnce ? atOnce(() -> admin.post(path, Map.of()))
				: inARow(() -> admin.post(path, Map.of()));

		assertThat(statuses).allMatch((status) -> status == 302 || status == 404).contains(302);
		assertThat(entriesFor("RELATIONSHIP_REMOVED", customer)).isOne();
		assertThat(count("select count(*) from relationship_history h join reseller_relationship r"
				+ " on r.id = h.relationship_id where r.customer_id = ? and h.action = 'ENDED'", customer))
			.isOne();
	}

	private void assertUserCreatedOnce(String email, boolean atOnce) {
		PortalHttpClient admin = signedIn(DemoAccounts.FABRIKAM_ADMIN);
		admin.get("/partner/users/new");
		Map<String, String> form = Map.of("name", "Twice Sent", "email", email, "role", "SALES_AGENT", "password",
				"a-long-enough-password", "passwordConfirmation", "a-long-enough-password");

		List<Integer> statuses = atOnce ? atOnce(() -> admin.post("/partner/users", form))
				: inARow(() -> admin.post("/partner/users", form));

		assertThat(statuses).containsExactlyInAnyOrder(302, 200);
		assertThat(count("select count(*) from user_account where email = ?", email)).isOne();
		assertThat(count("select count(*) from activity_log where action = 'USER_CREATED' and new_value like ?",
				"%" + email + "%"))
			.isOne();
	}

	private void assertLinkRotatedOnce(String account, boolean atOnce) {
		PortalUser user = this.demo.user(account);
		this.invitationLinks.invitationFor(user.partnerId(), true, user.actor());
		PortalHttpClient admin = signedIn(account);
		String page = admin.get("/partner/relationship-requests/link/rotate").body();
		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		long before = count(
				"select count(*) from activity_log where action = 'INVITATION_LINK_ROTATED'" + " and partner_id = ?",
				user.partnerId());

		Supplier<Page> rotation = () -> admin.post("/partner/relationship-requests/link/rotate",
				Map.of("version", version));
		List<Integer> statuses = atOnce ? atOnce(rotation) : inARow(rotation);

		assertThat(statuses).containsOnly(302);
		assertThat(count(
				"select count(*) from activity_log where action = 'INVITATION_LINK_ROTATED'" + " and partner_id = ?",
				user.partnerId()))
			.isEqualTo(before + 1);
	}

	private String invitationPath(String partnerAdmin) {
		PortalUser user = this.demo.user(partnerAdmin);
		Invitation invitation = this.invitationLinks.invitationFor(user.partnerId(), true, user.actor());
		return invitation.path();
	}

	/**
	 * Registers a customer in Spain, in the public cloud, with a Global admin
	 * {@code admin@<domain>} who has not yet accepted the customer agreement.
	 */
	private Long newCustomer(String domain) {
		this.jdbc
			.sql("insert into customer (company_name, domain, country, cloud, created_at)"
					+ " values (?, ?, 'ES', 'PUBLIC', current_timestamp)")
			.params(domain, domain)
			.update();
		Long customer = this.demo.customerId(domain);
		this.jdbc
			.sql("insert into user_account (kind, email, password_hash, display_name, customer_id,"
					+ " customer_global_admin, created_at) select 'CUSTOMER', ?, password_hash, ?, ?, true,"
					+ " current_timestamp from user_account where email = ?")
			.params("admin@" + domain, "Admin " + domain, customer, DemoAccounts.CONTOSO_ADMIN)
			.update();
		return customer;
	}

	private PortalHttpClient signedIn(String email) {
		return new PortalHttpClient("http://localhost:" + this.port, "en").signIn(email, PASSWORD);
	}

	private static List<Integer> inARow(Supplier<Page> submission) {
		return List.of(submission.get().status(), submission.get().status());
	}

	/**
	 * Sends the same request from two threads released together.
	 */
	private List<Integer> atOnce(Supplier<Page> submission) {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> answers = List.of(1, 2)
			.stream()
			.map((thread) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return submission.get().status();
			}, this.threads))
			.toList();
		start.countDown();
		return answers.stream().map(CompletableFuture::join).toList();
	}

	private long version(Long subscription) {
		return count("select version from subscription where id = ?", subscription);
	}

	private long entries(String action) {
		return count("select count(*) from activity_log where action = ?", action);
	}

	private long entriesFor(String action, Long customer) {
		return count("select count(*) from activity_log where action = ? and customer_id = ?", action, customer);
	}

	private Long count(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

}
