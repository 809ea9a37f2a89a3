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

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		Attempt attempt = SignInAttempt.reserved(request);
		if (attempt != null && attempt.failed(SignInAttempt.email(request))) {
			getRedirectStrategy().sendRedirect(request, response, SignInThrottleFilter.THROTTLED_URL);
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
