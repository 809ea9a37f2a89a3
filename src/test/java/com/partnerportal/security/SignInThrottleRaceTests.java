package com.partnerportal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

/**
 * Wrong passwords for one account sent all at once, over real HTTP through the sign-in
 * form, as a script would: the per-account limit holds, so no more passwords are checked
 * than the limit allows, however the requests interleave.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInThrottleRaceTests {

	private static final int AT_ONCE = 20;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottleProperties properties;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void forgetAttempts() {
		this.jdbc.sql("delete from throttled_attempt").update();
	}

	@Test
	void signInWhenTwentyWrongPasswordsForOneAccountAtOnceThenNoMoreThanTheLimitAreChecked() throws Exception {
		List<Page> answers = signInAllAtOnce(DemoAccounts.FABRIKAM_ADMIN, "wrong-password");

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).matches(".*/login\\?(error|throttled)$");
		});
		long checked = passwordChecks();
		assertThat(checked).as("passwords checked").isLessThanOrEqualTo(limit());
		assertThat(checkedAttemptsStored()).as("attempts stored").isEqualTo(checked);

		// Attempts refused while others were in flight are not counted, so the burst may
		// have used less than the limit: what is left of it, and no more, is still there.
		for (long i = checked; i < limit(); i++) {
			assertThat(signIn(DemoAccounts.FABRIKAM_ADMIN, "wrong-password").location())
				.endsWith((i < limit() - 1) ? "/login?error" : "/login?throttled");
		}
		assertThat(passwordChecks()).isEqualTo(limit());
		assertThat(signIn(DemoAccounts.FABRIKAM_ADMIN, "demo-password").location()).as("the account is paused")
			.endsWith("/login?throttled");
	}

	private Page signIn(String email, String password) {
		PortalHttpClient browser = new PortalHttpClient(url(), "en");
		return browser.post("/login", browser.get("/login").formWith(Map.of("username", email, "password", password)));
	}

	/**
	 * Each attempt comes from a browser of its own that has read the sign-in page; all
	 * are released together once every one is ready.
	 */
	private List<Page> signInAllAtOnce(String email, String password) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			CountDownLatch ready = new CountDownLatch(AT_ONCE);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Page>> answers = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				answers.add(pool.submit(() -> {
					PortalHttpClient browser = new PortalHttpClient(url(), "en");
					Map<String, String> form = browser.get("/login")
						.formWith(Map.of("username", email, "password", password));
					ready.countDown();
					go.await();
					return browser.post("/login", form);
				}));
			}
			assertThat(ready.await(120, TimeUnit.SECONDS)).isTrue();
			clearPasswordChecks();
			go.countDown();
			List<Page> pages = new ArrayList<>();
			for (Future<Page> answer : answers) {
				pages.add(answer.get(120, TimeUnit.SECONDS));
			}
			return pages;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long passwordChecks() {
		return mockingDetails(this.passwordEncoder).getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("matches"))
			.count();
	}

	private void clearPasswordChecks() {
		clearInvocations(this.passwordEncoder);
	}

	private long checkedAttemptsStored() {
		return this.jdbc.sql("select count(*) from throttled_attempt").query(Long.class).single();
	}

	private int limit() {
		return this.properties.maxFailuresPerAccount();
	}

	private String url() {
		return "http://localhost:" + this.port;
	}

}
