package com.partnerportal.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public registration form is throttled like sign-in, over real HTTP with the limits
 * production has (the test configuration raises the per-address one for the other tests,
 * which register many organisations from one address): registrations kept per e-mail
 * address and per client address, forms with errors counting nothing, and a burst sent at
 * once getting no more through than the limit.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "portal.registration.throttle.max-per-email=5",
		"portal.registration.throttle.max-per-address=20" })
class RegistrationThrottleTests {

	private static final String PASSWORD = "a long enough passphrase";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String invitation;

	@BeforeEach
	void forgetEarlierAttemptsAndReadTheInvitation() {
		// Every test counts from 127.0.0.1; each starts from a clean window.
		this.jdbc.sql("delete from throttled_attempt").update();
		this.invitation = invitationFromTheDraftEmail();
	}

	@Test
	void registerWhenTheSixthForOneAddressWithinTheWindowThenRefusedInTheUsersLanguageAndNoMailSent() {
		String email = "flood@throttle-one.test";
		for (int i = 0; i < 5; i++) {
			assertThat(register("es", "throttle-one.test", email).location()).as("registration %d", i + 1)
				.endsWith("/register/sent");
		}
		Page sixth = register("es", "throttle-one.test", email);

		assertThat(sixth.status()).isEqualTo(200);
		assertThat(sixth.body()).contains("Demasiados registros para esta dirección o desde tu red")
			.contains("espera 60 minutos");
		assertThat(mailsTo(email)).isEqualTo(5);
		assertThat(pendingRegistrationsFor(email)).isEqualTo(5);
	}

	@Test
	void registerWhenTheFormHasErrorsThenNothingCountsAndTheNextCorrectOneIsKept() {
		String email = "typos@throttle-two.test";
		for (int i = 0; i < 10; i++) {
			Map<String, String> mistyped = form("throttle-two.test", email);
			mistyped.put("passwordConfirmation", "not the same passphrase");
			Page answer = post("en", mistyped);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.body()).doesNotContain("Too many registrations");
		}

		assertThat(register("en", "throttle-two.test", email).location()).endsWith("/register/sent");
		assertThat(mailsTo(email)).isOne();
	}

	@Test
	void registerWhenTwentyKeptFromOneClientAddressThenTheNextIsRefusedWhateverTheAddressTyped() {
		for (int i = 0; i < 20; i++) {
			assertThat(register("en", "throttle-three.test", "person" + i + "@throttle-three.test").location())
				.endsWith("/register/sent");
		}

		Page refused = register("en", "throttle-three.test", "one-more@throttle-three.test");

		assertThat(refused.body()).contains("Too many registrations for this address or from your network");
		assertThat(mailsTo("one-more@throttle-three.test")).isZero();
	}

	@Test
	void registerWhenTwentySentAtOnceForOneAddressThenNoMoreThanTheLimitAreKept() throws Exception {
		String email = "burst@throttle-four.test";
		List<Future<Page>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<PortalHttpClient> people = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				PortalHttpClient person = client("en");
				person.get(this.invitation + "/register");
				people.add(person);
			}
			for (PortalHttpClient person : people) {
				answers.add(pool
					.submit(() -> person.post(this.invitation + "/register", form("throttle-four.test", email))));
			}
			for (Future<Page> answer : answers) {
				assertThat(answer.get().status()).isIn(200, 302);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(pendingRegistrationsFor(email)).isBetween(1L, 5L);
		assertThat(mailsTo(email)).isEqualTo(pendingRegistrationsFor(email));
	}

	private Page register(String language, String domain, String email) {
		return post(language, form(domain, email));
	}

	private Page post(String language, Map<String, String> fields) {
		PortalHttpClient person = client(language);
		person.get(this.invitation + "/register");
		return person.post(this.invitation + "/register", fields);
	}

	private String invitationFromTheDraftEmail() {
		return RegistrationMail
			.invitationFromTheDraftEmail(client("en").signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password"));
	}

	private static Map<String, String> form(String domain, String email) {
		return RegistrationMail.registrationForm("Throttled Ltd", domain, "Rosa Throttle", email, PASSWORD);
	}

	private PortalHttpClient client(String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language);
	}

	private long mailsTo(String email) {
		return this.jdbc.sql("select count(*) from outgoing_mail where recipient = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private long pendingRegistrationsFor(String email) {
		return this.jdbc.sql("select count(*) from pending_registration where email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

}
