package com.partnerportal.web;

import org.jspecify.annotations.Nullable;

/**
 * Reads a form record's values after Bean Validation has passed. The components are
 * nullable because the binder fills them from any request; once validated, a missing
 * value is a controller that did not check the binding result, so it fails loudly.
 */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * @param <T> the value's type
	 * @param value a value that validation has required
	 * @return the value
	 * @throws IllegalStateException if it is {@code null}, that is the form was not
	 * validated
	 */
	public static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("Form is not validated");
		}
		return value;
	}

}
