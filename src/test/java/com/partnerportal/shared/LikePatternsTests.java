package com.partnerportal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTests {

	@Test
	void containingWhenPlainTextThenLowerCaseBetweenWildcards() {
		assertThat(LikePatterns.containing("Adatum")).isEqualTo("%adatum%");
	}

	@Test
	void containingWhenTextHasWildcardsOrTheEscapeThenEscapesThem() {
		assertThat(LikePatterns.containing("50%_off!")).isEqualTo("%50!%!_off!!%");
	}

}
