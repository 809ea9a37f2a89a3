package com.partnerportal.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every request act with its account's current state instead of the copy the
 * session took at sign-in, so that a role taken away, or an account disabled, counts from
 * the very next request on every instance. Runs right after the session's security
 * context is read and before any access rule is checked: it reads the account (one
 * statement), replaces the signed-in user in the session when anything changed, and ends
 * the session of an account that is disabled or gone, sending the person to the sign-in
 * page without letting the request do anything.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

	/** Where a session that was ended here sends the browser; the page explains. */
	static final String SESSION_ENDED_URL = "/login?sessionEnded";

	/**
	 * The request attribute holding the signed-in account's count of unread
	 * notifications, which the header's bell shows.
	 */
	static final String UNREAD_NOTIFICATIONS = "unreadNotifications";

	private static final Logger log = LoggerFactory.getLogger(CurrentAccountFilter.class);

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	/** Spring Security's default repository, the one the sign-in form saves to. */
	private final SecurityContextRepository contextRepository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RequestMatcher staticResources;

	private final CurrentAccounts accounts;

	CurrentAccountFilter(CurrentAccounts accounts, String... staticResources) {
		this.accounts = accounts;
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		this.staticResources = new OrRequestMatcher(
				Arrays.stream(staticResources).map(paths::matcher).toArray(RequestMatcher[]::new));
	}

	/**
	 * Style sheets, scripts and images act for nobody; checking the account for them
	 * would read the session and the account for each one a page loads.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.staticResources.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser signedIn)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentAccounts.CurrentAccount> current = this.accounts.findWithUnreadCount(signedIn.userId());
		if (current.isEmpty() || !current.get().user().isEnabled()) {
			endSession(signedIn, request, response);
			return;
		}
		if (!current.get().user().hasSameStateAs(signedIn)) {
			replace(authentication, current.get().user(), request, response);
		}
		request.setAttribute(UNREAD_NOTIFICATIONS, current.get().unreadNotifications());
		chain.doFilter(request, response);
	}

	/**
	 * Ends the session everywhere (it is one row in the shared store) and answers any
	 * request, a form's POST included, with a redirect: the request itself is not served.
	 */
	private void endSession(PortalUser signedIn, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.info("Ended a session of account {}, which is disabled or gone", signedIn.userId());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.contextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + SESSION_ENDED_URL);
	}

	/**
	 * Puts the account as it is now in place of the session's copy, for this request's
	 * access rules and controllers and, saved in the session, for the next requests on
	 * any instance, which then find nothing to change.
	 */
	private void replace(Authentication previous, PortalUser current, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken replacement = UsernamePasswordAuthenticationToken.authenticated(current,
				null, current.getAuthorities());
		replacement.setDetails(previous.getDetails());
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(replacement);
		this.contextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
