package com.partnerportal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * What the sign-in form submits, as the throttling reads it, and the attempt the throttle
 * reserved for it, which the request carries from the filter to the handlers.
 */
final class SignInAttempt {

	static final String EMAIL_PARAMETER = "username";

	private static final String RESERVED_ATTEMPT = SignInAttempt.class.getName() + ".reserved";

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

	/**
	 * @param request a POST of the sign-in form
	 * @param attempt the attempt reserved for it, not refused
	 */
	static void reserved(HttpServletRequest request, Attempt attempt) {
		request.setAttribute(RESERVED_ATTEMPT, attempt);
	}

	/**
	 * @param request a POST of the sign-in form
	 * @return the attempt reserved for it, or {@code null} if the throttle's filter did
	 * not see the request
	 */
	static @Nullable Attempt reserved(HttpServletRequest request) {
		return (Attempt) request.getAttribute(RESERVED_ATTEMPT);
	}

}
