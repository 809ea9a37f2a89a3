package com.partnerportal.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the sign-in form submits, as the throttling reads it.
 */
final class SignInAttempt {

	static final String EMAIL_PARAMETER = "username";

	private SignInAttempt() {
	}

	/**
	 * @param request a POST of the sign-in form
	 * @return the e-mail address typed, empty if none
	 */
	static String email(HttpServletRequest request) {
		String email = request.getParameter(EMAIL_PARAMETER);
		return (email != null) ? email : "";
	}

}
