package com.partnerportal.invitation;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What someone without a current link gets by changing, reusing or guessing one: the
 * not-found page from every invitation page, sent without a referrer, and nothing
 * written.
 */
@PortalTest
@Transactional
class InvitationLinkAttackTests {

	private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private static final List<String> TABLES = List.of("customer", "user_account", "reseller_relationship",
			"delegated_admin_grant", "invitation_response", "activity_log");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	private PortalUser ana;

	@BeforeEach
	void setUp() {
		this.ana = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
	}

	@Test
	void landingAndFormsWhenAnyOneCharacterOfTheTokenIsChangedThenNotFoundAndNothingWritten() {
		for (boolean delegatedAdmin : new boolean[] { true, false }) {
			String token = tokenOf(delegatedAdmin);
			Map<String, Long> before = counts();
			for (int i = 0; i < token.length(); i++) {
				char original = token.charAt(i);
				char replacement = (original == 'A') ? 'B' : ((original == '.') ? '_' : 'A');
				if (original == 'r' || original == 'd') {
					replacement = (original == 'r') ? 'd' : 'r';
				}
				assertRefusedByTheForms(token.substring(0, i) + replacement + token.substring(i + 1));
			}
			assertThat(counts()).isEqualTo(before);
		}
	}

	@Test
	void everyPageWhenTheLinkWasReplacedThenTheOldTokensAreGoneAndNothingWritten() {
		List<String> old = replacedTokens();
		Map<String, Long> before = counts();

		for (String token : old) {
			assertGoneEverywhere(token);
		}

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void everyPageWhenAReplacedTokenIsChangedThenNotFoundAndNothingWritten() {
		List<String> old = replacedTokens();
		Map<String, Long> before = counts();

		for (String token : old) {
			for (int i = 0; i < token.length(); i++) {
				char original = token.charAt(i);
				char replacement = (original == 'A') ? 'B' : ((original == '.') ? '_' : 'A');
				if (original == 'r' || original == 'd') {
					replacement = (original == 'r') ? 'd' : 'r';
				}
				assertRefusedEverywhere(token.substring(0, i) + replacement + token.substring(i + 1));
			}
		}

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void wasReplacedWhenTheKeyIsRetiredButTheMacGuessedThenNo() {
		String key = InvitationLink.keyOf(replacedTokens().get(0)).orElseThrow();
		SecureRandom random = new SecureRandom();
		for (int i = 0; i < 1_000; i++) {
			String guess = key + "." + (random.nextBoolean() ? 'd' : 'r') + randomText(random, 22);
			assertThat(this.invitationLinks.wasReplaced(guess)).as(guess).isFalse();
		}
	}

	/**
	 * @return both variants of Fabrikam's link, which is then replaced
	 */
	private List<String> replacedTokens() {
		List<String> old = List.of(tokenOf(true), tokenOf(false));
		this.invitationLinks.rotate(this.ana.partnerId(),
				this.invitationLinks.currentVersion(this.ana.partnerId()).orElseThrow(), this.ana.actor());
		this.entityManager.flush();
		return old;
	}

	/**
	 * Every page of the link, which answer the replaced-link page (410), sent without a
	 * referrer.
	 */
	private void assertGoneEverywhere(String token) {
		assertThat(this.mvc.get().uri("/invitations/{token}", token)).as(token)
			.hasStatus(HttpStatus.GONE)
			.hasViewName("invitations/link-replaced")
			.headers()
			.hasValue("Referrer-Policy", "no-referrer");
		for (String page : new String[] { "/register", "/accept" }) {
			assertThat(this.mvc.get().uri("/invitations/" + token + page).with(this.demo.signedIn("ga@contoso.test")))
				.as(token + page)
				.hasStatus(HttpStatus.GONE)
				.hasViewName("invitations/link-replaced");
		}
		assertThat(this.mvc.post()
			.uri("/invitations/{token}/register", token)
			.params(InvitationPagesTests.validRegistration())
			.with(csrf())).as(token).hasStatus(HttpStatus.GONE);
		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.with(this.demo.signedIn("ga@contoso.test"))
			.with(csrf())).as(token).hasStatus(HttpStatus.GONE);
	}

	@Test
	void resolveWhenTwoThousandRandomWellFormedTokensThenNoneIsAccepted() {
		String key = InvitationLink.keyOf(tokenOf(true)).orElseThrow();
		SecureRandom random = new SecureRandom();
		for (int i = 0; i < 2_000; i++) {
			String guess = guess(random, key, i);
			assertThat(this.invitationLinks.resolve(guess)).as(guess).isEmpty();
		}
	}

	@Test
	void landingWhenRandomWellFormedTokensThenEveryOneIsNotFound() {
		String key = InvitationLink.keyOf(tokenOf(true)).orElseThrow();
		SecureRandom random = new SecureRandom();
		for (int i = 0; i < 200; i++) {
			String guess = guess(random, key, i);
			assertThat(this.mvc.get().uri("/invitations/{token}", guess)).as(guess).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	/**
	 * @return a token of the right form: every other one guesses only the MAC of the real
	 * link's key, the others a key as well
	 */
	private static String guess(SecureRandom random, String key, int i) {
		String guessedKey = (i % 2 == 0) ? key : randomText(random, 22);
		return guessedKey + "." + (random.nextBoolean() ? 'd' : 'r') + randomText(random, 22);
	}

	private void assertRefusedEverywhere(String token) {
		for (String page : new String[] { "/register", "/accept" }) {
			assertThat(this.mvc.get().uri("/invitations/" + token + page).with(this.demo.signedIn("ga@contoso.test")))
				.as(token + page)
				.hasStatus(HttpStatus.NOT_FOUND)
				.headers()
				.hasValue("Referrer-Policy", "no-referrer");
		}
		assertRefusedByTheForms(token);
	}

	/**
	 * The landing page and both forms that write, as anonymous and as a customer's Global
	 * admin.
	 */
	private void assertRefusedByTheForms(String token) {
		assertThat(this.mvc.get().uri("/invitations/{token}", token)).as(token)
			.hasStatus(HttpStatus.NOT_FOUND)
			.headers()
			.hasValue("Referrer-Policy", "no-referrer");
		assertThat(this.mvc.post()
			.uri("/invitations/{token}/register", token)
			.params(InvitationPagesTests.validRegistration())
			.with(csrf())).as(token).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.with(this.demo.signedIn("ga@contoso.test"))
			.with(csrf())).as(token).hasStatus(HttpStatus.NOT_FOUND);
	}

	private String tokenOf(boolean delegatedAdmin) {
		String token = this.invitationLinks.invitationFor(this.ana.partnerId(), delegatedAdmin, this.ana.actor())
			.token();
		this.entityManager.flush();
		return token;
	}

	private static String randomText(SecureRandom random, int length) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < length; c++) {
			text.append(BASE64URL.charAt(random.nextInt(BASE64URL.length())));
		}
		return text.toString();
	}

	private Map<String, Long> counts() {
		this.entityManager.flush();
		return TABLES.stream()
			.collect(java.util.stream.Collectors.toMap((table) -> table,
					(table) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single()));
	}

}
