package com.partnerportal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reserves each sign-in attempt with the {@link AttemptThrottle} before the password is
 * checked, and refuses it when its e-mail address or its client address has failed too
 * often, sending the browser back to the sign-in page with a message that says so. A
 * refused attempt is not counted as a failure, so that the refusal ends one window after
 * the last real failure. The attempt let through travels with the request to
 * {@link SignInFailureHandler} and {@link SignInSuccessHandler}, which report its
 * outcome.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED_URL = "/login?throttled";

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private final RequestMatcher signInForm = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final AttemptThrottle throttle;

	private final SignInThrottleProperties properties;

	SignInThrottleFilter(AttemptThrottle throttle, SignInThrottleProperties properties) {
		this.throttle = throttle;
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.signInForm.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Attempt attempt = this.throttle.reserve(this.properties.limits(), SignInAttempt.email(request),
				request.getRemoteAddr());
		if (attempt.refused()) {
			log.info("Sign-in attempt from {} refused while throttled", request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + THROTTLED_URL);
			return;
		}
		SignInAttempt.reserved(request, attempt);
		chain.doFilter(request, response);
	}

}
