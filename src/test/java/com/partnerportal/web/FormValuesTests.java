package com.partnerportal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FormValuesTests {

	@Test
	void requiredWhenValueThenReturnsIt() {
		assertThat(FormValues.required("Fabrikam")).isEqualTo("Fabrikam");
	}

	@Test
	void requiredWhenNullThenFormWasNotValidated() {
		assertThatIllegalStateException().isThrownBy(() -> FormValues.required(null))
			.withMessage("Form is not validated");
	}

}
