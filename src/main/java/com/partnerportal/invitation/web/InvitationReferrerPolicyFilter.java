package com.partnerportal.invitation.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps invitation tokens from leaking: every response under {@code /invitations/} tells
 * the browser not to send its URL, which carries the token, as the referrer of anything
 * the page links to or loads. The customer agreement, opened from the acceptance page,
 * gets the same policy so that every page a customer reaches through the link does. It
 * runs before the security filters so that redirects to sign-in and refusals carry the
 * header too; the security filters leave a policy already set alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InvitationReferrerPolicyFilter extends OncePerRequestFilter {

	static final String HEADER = "Referrer-Policy";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// A confirmation link's key is as secret as an invitation's token.
		return !path.startsWith("/invitations/") && !path.startsWith("/registrations/")
				&& !path.equals("/customer-agreement");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, "no-referrer");
		chain.doFilter(request, response);
	}

}
