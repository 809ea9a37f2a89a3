package com.partnerportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

	private static final String ANA = DemoAccounts.FABRIKAM_ADMIN;

	private static final String PASSWORD = "demo-password";

	private static final String HOME = "10.0.0.7";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottleProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	/**
	 * The throttle commits its attempts in transactions of its own, which the test's
	 * transaction does not roll back; other test classes sharing this context may have
	 * left some too. Outside the test's transaction, so that the deletion is committed.
	 */
	@BeforeTransaction
	@AfterTransaction
	void forgetAttempts() {
		this.jdbc.sql("delete from throttled_attempt").update();
	}

	@Test
	void signInWhenFewerFailuresThanTheLimitThenTheRightPasswordStillWorks() {
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(ANA, "wrong-password", HOME)).hasRedirectedUrl("/login?error");
		}

		assertThat(signIn(ANA, PASSWORD, HOME)).hasStatus3xxRedirection().hasRedirectedUrl("/");
	}

	@Test
	void signInWhenFifthFailureForAnAccountThenPausedEvenWithTheRightPassword() {
		failTimes(ANA, HOME, 4);

		assertThat(signIn(ANA, "wrong-password", HOME)).hasRedirectedUrl("/login?throttled");
		assertThat(signIn(ANA, PASSWORD, HOME)).hasRedirectedUrl("/login?throttled");
		assertThat(signIn(ANA, PASSWORD, "10.0.0.8")).as("the account is paused from every address")
			.hasRedirectedUrl("/login?throttled");
		assertThat(signIn(DemoAccounts.NORTHWIND_ADMIN, PASSWORD, HOME)).as("other accounts still sign in")
			.hasRedirectedUrl("/");
	}

	@Test
	void signInWhenPausedThenRefusedAttemptsAreNotCountedAsFailures() {
		failTimes(ANA, HOME, 5);
		signIn(ANA, "wrong-password", HOME);
		signIn(ANA, PASSWORD, HOME);

		assertThat(failures()).isEqualTo(5);
	}

	@Test
	void signInWhenAddressTypedDiffersInCaseThenCountsForTheSameAccount() {
		failTimes("GA@Fabrikam.test ", HOME, 5);

		assertThat(signIn(ANA, PASSWORD, HOME)).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void signInWhenUnknownAccountThenSameAnswersAsAKnownOneSoNothingTellsWhichExist() {
		String unknown = "nobody@fabrikam.test";
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(signIn(unknown, PASSWORD, HOME)).hasRedirectedUrl("/login?error");
			assertThat(signIn(ANA, "wrong-password", "10.0.1." + attempt)).hasRedirectedUrl("/login?error");
		}
		assertThat(signIn(unknown, PASSWORD, HOME)).hasRedirectedUrl("/login?throttled");
		assertThat(signIn(ANA, "wrong-password", HOME)).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void signInWhenTwentyFailuresFromOneAddressOnManyAccountsThenThatAddressIsPaused() {
		for (int account = 1; account <= this.properties.maxFailuresPerAddress(); account++) {
			signIn("guess" + account + "@fabrikam.test", "Summer2026!", HOME);
		}

		assertThat(signIn(ANA, PASSWORD, HOME)).hasRedirectedUrl("/login?throttled");
		assertThat(signIn(ANA, PASSWORD, "10.0.0.8")).as("another address is not paused").hasRedirectedUrl("/");
	}

	@Test
	void signInWhenSucceededThenTheAccountsEarlierFailuresAreForgottenButNotTheAddresses() {
		failTimes(ANA, HOME, 4);
		assertThat(signIn(ANA, PASSWORD, HOME)).hasRedirectedUrl("/");
		failTimes(ANA, "10.0.0.9", 4);

		assertThat(signIn(ANA, PASSWORD, "10.0.0.9")).hasRedirectedUrl("/");
		assertThat(this.jdbc.sql("select count(*) from throttled_attempt where client_address = ?")
			.param(HOME)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void signInWhenLimitReachedThenWarnsWithTheAccountAndTheAddress(CapturedOutput output) {
		failTimes(ANA, HOME, 4);
		assertThat(output).doesNotContain("Sign-in refused");

		signIn(ANA, "wrong-password", HOME);

		assertThat(output).containsPattern("WARN.*Sign-in refused for PT15M .*'ga@fabrikam.test' from 10\\.0\\.0\\.7");
	}

	@Test
	void signInWhenTypedAddressHasLineBreaksThenTheLogLineCannotBeForged(CapturedOutput output) {
		failTimes("x@fabrikam.test\nERROR forged", HOME, 5);

		assertThat(output).contains("'x@fabrikam.test?ERROR forged'").doesNotContain("\nERROR forged");
	}

	@Test
	void failuresWhenStoredThenNeitherTheTypedAddressNorAPasswordIsKept() {
		failTimes("my-secret-password", HOME, 1);

		assertThat(this.jdbc.sql("select subject_key from throttled_attempt").query(String.class).single())
			.matches("[0-9a-f]{64}");
	}

	@Test
	void failuresWhenCountedByAnotherInstanceOnTheSameDatabaseThenThisOneRefusesToo() {
		AttemptThrottle otherInstance = new AttemptThrottle(this.jdbc, this.transactionManager, Clock.systemUTC());
		for (int i = 0; i < 5; i++) {
			otherInstance.reserve(this.properties.limits(), ANA, HOME).failed(ANA);
		}

		assertThat(signIn(ANA, PASSWORD, "10.0.0.8")).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void refusesWhenTheWindowHasPassedSinceTheLastFailureThenSignInIsAllowedAgain() {
		Instant start = Instant.parse("2026-11-21T10:00:00Z");
		for (int i = 0; i < 5; i++) {
			throttleAt(start.plusSeconds(i)).reserve(this.properties.limits(), ANA, HOME).failed(ANA);
		}

		assertThat(
				throttleAt(start.plus(Duration.ofMinutes(14))).reserve(this.properties.limits(), ANA, HOME).refused())
			.isTrue();
		assertThat(throttleAt(start.plus(Duration.ofMinutes(15)).plusSeconds(5))
			.reserve(this.properties.limits(), ANA, HOME)
			.refused()).as("the refusal at 14 minutes did not lengthen the pause").isFalse();
	}

	@Test
	void reserveWhenAttemptsAreStillBeingCheckedThenTheyCountAndNoMoreThanTheLimitGetThrough() {
		AttemptThrottle throttle = throttleAt(Instant.parse("2026-11-21T10:00:00Z"));
		for (int i = 0; i < this.properties.maxFailuresPerAccount(); i++) {
			assertThat(throttle.reserve(this.properties.limits(), ANA, HOME).refused()).isFalse();
		}

		assertThat(throttle.reserve(this.properties.limits(), ANA, "10.0.0.8").refused()).isTrue();
		assertThat(failures()).as("the refused attempt is not kept").isEqualTo(5);
	}

	@Test
	void reserveWhenAnotherPurposeFailedThenItsFailuresDoNotCount() {
		AttemptLimits registration = new AttemptLimits(AttemptPurpose.REGISTRATION, Duration.ofMinutes(15), 5, 20);
		AttemptThrottle throttle = throttleAt(Instant.parse("2026-11-21T10:00:00Z"));
		for (int i = 0; i < 5; i++) {
			throttle.reserve(registration, ANA, HOME).failed(ANA);
		}

		assertThat(throttle.reserve(registration, ANA, HOME).refused()).isTrue();
		assertThat(throttle.reserve(this.properties.limits(), ANA, HOME).refused()).isFalse();
	}

	@Test
	void failedWhenOldFailuresHaveExpiredThenTheyAreDeleted() {
		Instant start = Instant.parse("2026-11-21T10:00:00Z");
		throttleAt(start).reserve(this.properties.limits(), ANA, HOME).failed(ANA);
		throttleAt(start.plus(Duration.ofMinutes(16)))
			.reserve(this.properties.limits(), "other@fabrikam.test", "10.0.0.8")
			.failed("other@fabrikam.test");

		assertThat(failures()).isEqualTo(1);
	}

	@Test
	void loginPageWhenThrottledThenSaysSoInTheUsersLanguage() {
		assertThat(this.mvc.get().uri("/login?throttled&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Too many failed attempts to sign in", "wait 15 minutes");
		assertThat(this.mvc.get().uri("/login?throttled&lang=es")).bodyText().contains("espera 15 minutos");
		assertThat(this.mvc.get().uri("/login?throttled&lang=pt-BR")).bodyText().contains("aguarde 15 minutos");
		assertThat(this.mvc.get().uri("/login?throttled&lang=it")).bodyText()
			.contains("l&#39;accesso è sospeso: attendi 15 minuti");
		assertThat(this.mvc.get().uri("/login?throttled&lang=ru")).bodyText().contains("подождите 15 мин.");
		assertThat(this.mvc.get().uri("/login?lang=en")).bodyText().doesNotContain("Too many failed attempts");
	}

	private AttemptThrottle throttleAt(Instant instant) {
		return new AttemptThrottle(this.jdbc, this.transactionManager, Clock.fixed(instant, ZoneOffset.UTC));
	}

	private void failTimes(String email, String address, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(signIn(email, "wrong-password", address)).redirectedUrl().startsWith("/login?");
		}
	}

	private long failures() {
		return this.jdbc.sql("select count(*) from throttled_attempt").query(Long.class).single();
	}

	private MvcTestResult signIn(String email, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
