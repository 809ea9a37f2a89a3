package com.partnerportal.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default handling of CSRF tokens (the random mask that keeps the token
 * safe from BREACH), except that a token whose unmasked bytes are not UTF-8 counts as a
 * wrong token. Spring Security decodes them as UTF-8 and throws on anything else, which
 * anybody could send, without a session, to get a 500 and a stack trace in the log;
 * refused like any other wrong token, it is a 403 that logs nothing.
 */
final class UndecodableCsrfTokenRefusal implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.masked.handle(request, response, csrfToken);
	}

	@Override
	public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return this.masked.resolveCsrfTokenValue(request, csrfToken);
		}
		catch (IllegalArgumentException ex) {
			// Only the UTF-8 decoding of the unmasked token throws: the token is wrong.
			return null;
		}
	}

}
