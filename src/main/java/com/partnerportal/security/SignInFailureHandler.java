package com.partnerportal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Counts a failed sign-in and sends the browser back to the sign-in page: with the one
 * message for every failure, whether the account is unknown, the password wrong or the
 * account disabled, or, once this failure reaches a limit, with the message that sign-in
 * is paused.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final SignInThrottle throttle;

	SignInFailureHandler(SignInThrottle throttle) {
		super("/login?error");
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (this.throttle.failed(SignInAttempt.email(request), request.getRemoteAddr())) {
			getRedirectStrategy().sendRedirect(request, response, SignInThrottleFilter.THROTTLED_URL);
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
