package com.partnerportal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Leaves a shared context's database, after each test class, as the next class expects to
 * find it, where tests commit what the portal keeps about people rather than about
 * organisations:
 * <ul>
 * <li>Every account's language and time zone are put back as they were before the class.
 * A language chosen from the header while signed in is saved on the account, as the
 * portal does for its users, and so is one saved on the Settings page: a class that chose
 * Russian for Fabrikam's Global admin would otherwise decide the language of the next
 * class's pages, which ask in English.</li>
 * <li>The sign-in and registration throttle forgets the attempts the class made, as it
 * does once its window has passed: a class's wrong passwords would otherwise pause
 * another class's sign-in, and the throttle tests count the attempts they make.</li>
 * </ul>
 */
public class SharedStateRestorer implements TestExecutionListener {

	private static final String SETTINGS = SharedStateRestorer.class.getName() + ".settings";

	@Override
	public void beforeTestClass(TestContext testContext) {
		testContext.setAttribute(SETTINGS, settings(jdbc(testContext)));
	}

	@Override
	public void afterTestClass(TestContext testContext) {
		Object before = testContext.removeAttribute(SETTINGS);
		if (!(before instanceof List<?> accounts)) {
			return;
		}
		JdbcClient jdbc = jdbc(testContext);
		jdbc.sql("delete from throttled_attempt").update();
		Set<AccountSettings> now = new HashSet<>(settings(jdbc));
		for (Object account : accounts) {
			if (account instanceof AccountSettings settings && !now.contains(settings)) {
				jdbc.sql("update user_account set locale = ?, time_zone = ? where id = ?")
					.params(settings.locale(), settings.timeZone(), settings.id())
					.update();
			}
		}
	}

	private static List<AccountSettings> settings(JdbcClient jdbc) {
		return jdbc.sql("select id, locale, time_zone from user_account").query(AccountSettings.class).list();
	}

	private static JdbcClient jdbc(TestContext testContext) {
		return testContext.getApplicationContext().getBean(JdbcClient.class);
	}

	record AccountSettings(long id, @Nullable String locale, @Nullable String timeZone) {

	}

}
