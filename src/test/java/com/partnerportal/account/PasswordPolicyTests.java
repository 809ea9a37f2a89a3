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

	@Test
	void checkWhenOnlySpacesOrTabsThenTooShort() {
		assertThat(PasswordPolicy.check(" ".repeat(12), "ana@example.test")).contains(PasswordProblem.TOO_SHORT);
		assertThat(PasswordPolicy.check("\t".repeat(12), "ana@example.test")).contains(PasswordProblem.TOO_SHORT);
		assertThat(PasswordPolicy.check(" \t\n\u3000".repeat(6), "ana@example.test"))
			.contains(PasswordProblem.TOO_SHORT);
	}

	@Test
	void checkWhenPaddedWithSpacesThenOnlyTheCharactersBetweenCount() {
		assertThat(PasswordPolicy.check("           a", "ana@example.test")).contains(PasswordProblem.TOO_SHORT);
		assertThat(PasswordPolicy.check("  eleven char  ", "ana@example.test")).contains(PasswordProblem.TOO_SHORT);
		assertThat(PasswordPolicy.check("  twelve chars  ", "ana@example.test")).isEmpty();
	}

	@Test
	void checkWhenEmojiThenEachCountsAsOneCharacter() {
		assertThat(PasswordPolicy.check("\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03\uD83D\uDE04\uD83D\uDE05",
				"ana@example.test"))
			.as("six emoji are twelve UTF-16 units but six characters")
			.contains(PasswordProblem.TOO_SHORT);
		assertThat(PasswordPolicy.check(
				"\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03\uD83D\uDE04\uD83D\uDE05"
						+ "\uD83D\uDE06\uD83D\uDE07\uD83D\uDE08\uD83D\uDE09\uD83D\uDE0A\uD83D\uDE0B",
				"ana@example.test"))
			.as("twelve different emoji")
			.isEmpty();
	}

	@Test
	void checkWhenOneCharacterRepeatedWithSpacesBetweenThenTooCommon() {
		assertThat(PasswordPolicy.check("a a a a a a a", "ana@example.test")).contains(PasswordProblem.TOO_COMMON);
		assertThat(PasswordPolicy.check("\u00A0".repeat(12), "ana@example.test"))
			.as("no-break spaces are not trimmed, but are one character repeated")
			.contains(PasswordProblem.TOO_COMMON);
	}

}
