package com.partnerportal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void checkWhenLongEnoughAndNotTheEmailThenAccepts() {
		assertThat(PasswordPolicy.check("twelve chars", "ana@example.test")).isEmpty();
	}

	@Test
	void checkWhenShorterThanTwelveThenTooShort() {
		assertThat(PasswordPolicy.check("eleven char", "ana@example.test")).contains(PasswordProblem.TOO_SHORT);
	}

	@Test
	void checkWhenTheEmailIgnoringCaseThenRefused() {
		assertThat(PasswordPolicy.check("Long.Name@Example.test", "long.name@example.test"))
			.contains(PasswordProblem.SAME_AS_EMAIL);
	}

	@Test
	void checkWhenMoreThanSeventyTwoBytesThenTooLong() {
		assertThat(PasswordPolicy.check("xy".repeat(36), "ana@example.test")).isEmpty();
		assertThat(PasswordPolicy.check("é".repeat(37), "ana@example.test")).contains(PasswordProblem.TOO_LONG);
	}

	@Test
	void checkWhenACommonPasswordInAnyCaseThenTooCommon() {
		assertThat(PasswordPolicy.check("Password1234", "ana@example.test")).contains(PasswordProblem.TOO_COMMON);
		assertThat(PasswordPolicy.check("QWERTY123456", "ana@example.test")).contains(PasswordProblem.TOO_COMMON);
	}

	@Test
	void checkWhenOneCharacterRepeatedThenTooCommon() {
		assertThat(PasswordPolicy.check("aaaaaaaaaaaa", "ana@example.test")).contains(PasswordProblem.TOO_COMMON);
		assertThat(PasswordPolicy.check("aaaaaaaaaaab", "ana@example.test")).isEmpty();
	}

}
