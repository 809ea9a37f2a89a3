package com.partnerportal.invitation;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.TestPartners;
import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.NewCustomer;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Many CSP partners' invitations accepted for one customer at the same moment, through
 * the accept page and real, committed transactions: the database's key lets exactly one
 * CSP partner hold delegated admin per service, and every loser is shown the conflict
 * page again, never an error. Each round uses a fresh customer; the test commits, so its
 * context is thrown away afterwards.
 */
// A context of its own: the partners, links and customers it commits would meet the
// shared context's tests, which count the partners with a link, for one.
@PortalTest
@TestPropertySource(properties = "portal.test-context=delegated-admin-race")
@DirtiesContext
class DelegatedAdminRaceTests {

	private static final int PARTNERS = 8;

	private static final int ROUNDS = 6;

	private static final String MEANWHILE = "Someone changed your organisation’s delegated administration meanwhile";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestPartners partners;

	@Autowired
	DemoAccounts demo;

	@Autowired
	CustomerRegistration registration;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(PARTNERS);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void acceptWhenCspPartnersRaceForOneCustomerThenExactlyOneHoldsEachServiceAndEveryOtherIsShownTheConflict()
			throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < PARTNERS; i++) {
			tokens.add(
					this.partners.token(this.partners.cspPartner("Racer " + run + " " + i, "PT", Region.EUROPE), true));
		}
		String incumbentToken = this.partners.token(this.partners.cspPartner("Incumbent " + run, "FR", Region.EUROPE),
				true);
		Long directory = this.demo.serviceId("AZURE_AD");
		Long office = this.demo.serviceId("OFFICE_365");

		for (int round = 0; round < ROUNDS; round++) {
			// Odd rounds start from a CSP holder and every racer moves delegated admin
			// away from it; even rounds start from none and every racer keeps (the
			// default), expecting to be the first holder.
			boolean moving = round % 2 == 1;
			PortalUser admin = freshCustomer(run, round);
			if (moving) {
				this.acceptance.accept(incumbentToken, admin.customerId(), admin.actor(), true);
			}
			List<String> conflictsShown = new ArrayList<>();
			for (String token : tokens) {
				conflictsShown.add(this.acceptance.preview(token, admin.customerId()).plan().conflictsKey());
			}

			List<Outcome> outcomes = race(admin, tokens, conflictsShown,
					moving ? List.of(directory, office) : List.of());

			assertThat(outcomes).as("round %d", round).containsOnly(Outcome.ACCEPTED, Outcome.CONFLICT);
			assertThat(outcomes).as("round %d", round).containsOnlyOnce(Outcome.ACCEPTED);
			for (Long service : List.of(directory, office)) {
				assertThat(cspHolders(admin.customerId(), service)).as("round %d, service %d", round, service).isOne();
			}
			assertThat(answers(admin.customerId())).isEqualTo(moving ? 2 : 1);
			assertThat(relationships(admin.customerId())).isEqualTo(moving ? 2 : 1);
		}
	}

	private List<Outcome> race(PortalUser admin, List<String> tokens, List<String> conflictsShown, List<Long> moves)
			throws Exception {
		CountDownLatch ready = new CountDownLatch(tokens.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Outcome>> results = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String conflicts = conflictsShown.get(i);
			results.add(this.pool.submit(() -> {
				ready.countDown();
				start.await();
				var request = this.mvc.post()
					.uri("/invitations/{token}/accept", token)
					.param("conflicts", conflicts)
					.with(user(admin))
					.with(csrf());
				for (Long service : moves) {
					request = request.param("choices[" + service + "]", "MOVE");
				}
				return outcome(request.exchange());
			}));
		}
		assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
		start.countDown();
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	private static Outcome outcome(MvcTestResult result) throws Exception {
		int status = result.getResponse().getStatus();
		if (status == HttpStatus.FOUND.value()) {
			return Outcome.ACCEPTED;
		}
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (status == HttpStatus.OK.value() && body.contains(MEANWHILE)) {
			return Outcome.CONFLICT;
		}
		return Outcome.UNEXPECTED;
	}

	/**
	 * A customer in Spain with its Global admin, which has accepted the customer
	 * agreement already, so that the racers contend for delegated admin alone.
	 */
	private PortalUser freshCustomer(String run, int round) {
		String domain = "race-" + run + "-" + round + ".test";
		CustomerUser admin = RegistrationMail
			.registerConfirmed(
					this.registration, new NewCustomer("Race " + run + " " + round, domain, "ES", Cloud.PUBLIC,
							"Racing Admin", "admin@" + domain, TestPartners.PASSWORD, TestPartners.PASSWORD),
					this.jdbc);
		this.jdbc
			.sql("update customer set agreement_version = '2026-11', agreement_accepted_at = ?,"
					+ " agreement_accepted_by = ? where domain = ?")
			.params(Timestamp.from(Instant.now()), admin.getId(), domain)
			.update();
		return this.demo.user(admin.getEmail());
	}

	private long cspHolders(Long customerId, Long serviceId) {
		return this.jdbc
			.sql("select count(*) from delegated_admin_grant where csp_holder_customer_id = ? and service_id = ?")
			.params(customerId, serviceId)
			.query(Long.class)
			.single();
	}

	private long answers(Long customerId) {
		return this.jdbc.sql("select count(*) from invitation_response where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
	}

	private long relationships(Long customerId) {
		return this.jdbc.sql("select count(*) from reseller_relationship where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
	}

	private enum Outcome {

		ACCEPTED, CONFLICT, UNEXPECTED

	}

}
