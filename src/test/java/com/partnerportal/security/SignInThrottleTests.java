package com.partnerportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
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
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where client_address = ?")
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

		assertThat(this.jdbc.sql("select account_key from sign_in_failure").query(String.class).single())
			.matches("[0-9a-f]{64}");
	}

	@Test
	void failuresWhenCountedByAnotherInstanceOnTheSameDatabaseThenThisOneRefusesToo() {
		SignInThrottle otherInstance = new SignInThrottle(this.jdbc, this.properties, Clock.systemUTC());
		for (int i = 0; i < 5; i++) {
			otherInstance.failed(ANA, HOME);
		}

		assertThat(signIn(ANA, PASSWORD, "10.0.0.8")).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void refusesWhenTheWindowHasPassedSinceTheLastFailureThenSignInIsAllowedAgain() {
		Instant start = Instant.parse("2026-11-21T10:00:00Z");
		for (int i = 0; i < 5; i++) {
			throttleAt(start.plusSeconds(i)).failed(ANA, HOME);
		}

		assertThat(throttleAt(start.plus(Duration.ofMinutes(14))).refuses(ANA, HOME)).isTrue();
		assertThat(throttleAt(start.plus(Duration.ofMinutes(15)).plusSeconds(5)).refuses(ANA, HOME)).isFalse();
	}

	@Test
	void failedWhenOldFailuresHaveExpiredThenTheyAreDeleted() {
		Instant start = Instant.parse("2026-11-21T10:00:00Z");
		throttleAt(start).failed(ANA, HOME);
		throttleAt(start.plus(Duration.ofMinutes(16))).failed("other@fabrikam.test", "10.0.0.8");

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

	private SignInThrottle throttleAt(Instant instant) {
		return new SignInThrottle(this.jdbc, this.properties, Clock.fixed(instant, ZoneOffset.UTC));
	}

	private void failTimes(String email, String address, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(signIn(email, "wrong-password", address)).redirectedUrl().startsWith("/login?");
		}
	}

	private long failures() {
		return this.jdbc.sql("select count(*) from sign_in_failure").query(Long.class).single();
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
