package com.partnerportal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every failed sign-in looks and costs the same, whether the account is unknown, the
 * password wrong or the account disabled: one password hash compared and the one message.
 * Counting the comparisons shows the cost without timing anything.
 */
@PortalTest
@Transactional
class SignInPasswordCheckTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	/**
	 * The throttle commits each attempt in a transaction of its own, which the test's
	 * transaction does not roll back.
	 */
	@AfterTransaction
	void forgetAttempts() {
		this.jdbc.sql("delete from throttled_attempt").update();
	}

	@Test
	void signInWhenAccountUnknownThenOneHashComparedAndTheUsualMessage() {
		assertOneComparisonAndTheUsualAnswer("nobody@fabrikam.test", "demo-password");
	}

	@Test
	void signInWhenPasswordWrongThenOneHashComparedAndTheUsualMessage() {
		assertOneComparisonAndTheUsualAnswer(DemoAccounts.FABRIKAM_ADMIN, "wrong-password");
	}

	@Test
	void signInWhenAccountDisabledThenOneHashComparedAndTheUsualMessageEvenWithTheRightPassword() {
		this.jdbc.sql("update user_account set enabled = false where email = ?")
			.param(DemoAccounts.FABRIKAM_ADMIN)
			.update();

		assertOneComparisonAndTheUsualAnswer(DemoAccounts.FABRIKAM_ADMIN, "wrong-password");
		assertOneComparisonAndTheUsualAnswer(DemoAccounts.FABRIKAM_ADMIN, "demo-password");
	}

	@Test
	void loginPageWhenFailedThenOneMessageThatNamesNeitherPart() {
		assertThat(this.mvc.get().uri("/login?error&lang=en")).bodyText()
			.contains("The e-mail address or password is not right.")
			.doesNotContain("unknown", "disabled", "no account");
	}

	private void assertOneComparisonAndTheUsualAnswer(String email, String password) {
		clearInvocations(this.passwordEncoder);

		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.exchange();

		assertThat(result).hasRedirectedUrl("/login?error");
		verify(this.passwordEncoder, times(1)).matches(any(), any());
	}

}
