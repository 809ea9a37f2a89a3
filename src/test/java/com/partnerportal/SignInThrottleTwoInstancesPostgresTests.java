package com.partnerportal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.PortalHttpClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal, each in a JVM of its own, on one PostgreSQL schema, as
 * behind a load balancer: wrong passwords for one account sent to both at once, half to
 * each, over HTTP through the sign-in form. The per-account limit holds across the
 * instances, so no more attempts are checked than the limit allows.
 */
@EnabledIf(value = "com.partnerportal.PostgresTestDatabase#isAvailable",
		disabledReason = "PORTAL_TEST_DB_URL names no PostgreSQL database; .ci/run sets it")
class SignInThrottleTwoInstancesPostgresTests {

	private static final int AT_ONCE = 20;

	/** The default per-account limit, which the instances run with. */
	private static final int LIMIT = 5;

	private static TwoPortals portals;

	private static PortalProcess first;

	private static PortalProcess second;

	private static JdbcClient database;

	@BeforeAll
	static void startTwoInstances() {
		portals = TwoPortals.start("throttle_twins");
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
	void signInWhenTwentyWrongPasswordsForOneAccountAtOnceOnTwoInstancesThenNoMoreThanTheLimitAreChecked()
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		List<Page> answers = new ArrayList<>();
		try {
			CountDownLatch ready = new CountDownLatch(AT_ONCE);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Page>> pending = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				PortalProcess instance = (i % 2 == 0) ? first : second;
				pending.add(pool.submit(() -> {
					PortalHttpClient browser = new PortalHttpClient(instance.url(""), "en");
					Map<String, String> form = browser.get("/login")
						.formWith(Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", "wrong-password"));
					ready.countDown();
					go.await();
					return browser.post("/login", form);
				}));
			}
			assertThat(ready.await(120, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<Page> answer : pending) {
				answers.add(answer.get(120, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).matches(".*/login\\?(error|throttled)$");
		});
		long checked = checkedAttemptsStored();
		assertThat(checked).as("attempts checked and stored").isLessThanOrEqualTo(LIMIT);

		// Attempts refused while others were in flight are not counted, so the burst may
		// have used less than the limit: what is left of it, and no more, is still there.
		for (long i = checked; i < LIMIT; i++) {
			PortalProcess instance = (i % 2 == 0) ? first : second;
			PortalHttpClient browser = new PortalHttpClient(instance.url(""), "en");
			Page answer = browser.post("/login", browser.get("/login")
				.formWith(Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", "wrong-password")));
			assertThat(answer.location()).endsWith((i < LIMIT - 1) ? "/login?error" : "/login?throttled");
		}
		assertThat(checkedAttemptsStored()).isEqualTo(LIMIT);
		for (PortalProcess instance : List.of(first, second)) {
			PortalHttpClient owner = new PortalHttpClient(instance.url(""), "en");
			Page rightPassword = owner.post("/login", owner.get("/login")
				.formWith(Map.of("username", DemoAccounts.FABRIKAM_ADMIN, "password", "demo-password")));
			assertThat(rightPassword.location()).as("the account is paused on every instance")
				.endsWith("/login?throttled");
		}
	}

	private static long checkedAttemptsStored() {
		return database.sql("select count(*) from throttled_attempt").query(Long.class).single();
	}

}
