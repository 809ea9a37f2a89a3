package com.partnerportal.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Tells an ended session from a forged request. A form posted after its session timed out
 * (or after the browser lost its cookies) carries a token the portal no longer holds;
 * refused with a 403, it shows "access denied" to someone who only needs to sign in
 * again. So when the CSRF check fails for a request that is signed in as nobody, to a
 * page that needs signing in, the person is sent to the sign-in page, which says the
 * session ended, and comes back afterwards to the page the form was on. The request
 * itself is never served nor replayed, so a forged request gains nothing: without a
 * session it could not act for anyone anyway. A wrong token inside a signed-in session
 * stays a 403, and so does one on a public form (registration), which acts without a
 * session. The sign-in form is the exception: left open past the session's end, it is
 * shown again with a message that says so, as signing in with a stale token is refused
 * all the same (no forged sign-in gets through) and the person only has to type the
 * password again.
 */
final class ExpiredSessionCsrfHandler implements AccessDeniedHandler {

	/** Where a request whose session is gone is sent; the page explains. */
	static final String SESSION_EXPIRED_URL = "/login?sessionExpired";

	/** Where a sign-in posted from a form older than its session is sent. */
	static final String SIGN_IN_EXPIRED_URL = "/login?formExpired";

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCsrfHandler.class);

	private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

	private final RequestMatcher publicPages;

	private final ObjectProvider<RequestMappingHandlerMapping> pages;

	/**
	 * @param publicPages the pages anybody may use without signing in
	 * @param pages the application's request mappings, to tell whether the form's own
	 * address is a page that can be shown again
	 */
	ExpiredSessionCsrfHandler(RequestMatcher publicPages, ObjectProvider<RequestMappingHandlerMapping> pages) {
		this.publicPages = publicPages;
		this.pages = pages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException && !isSignedIn() && isSignIn(request)) {
			log.debug("Showed the sign-in form again: it was posted with a token of a session that ended");
			response.sendRedirect(request.getContextPath() + SIGN_IN_EXPIRED_URL);
			return;
		}
		if (!(denied instanceof CsrfException) || isSignedIn() || this.publicPages.matches(request)) {
			this.refusal.handle(request, response, denied);
			return;
		}
		log.debug("Sent a {} to {} to sign in again: it has no live session", request.getMethod(),
				request.getRequestURI());
		String returnPath = returnPath(request);
		if (returnPath != null) {
			ReturnAfterSignIn.remember(request, response, returnPath);
		}
		response.sendRedirect(request.getContextPath() + SESSION_EXPIRED_URL);
	}

	private static boolean isSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI());
	}

	private static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof PortalUser;
	}

	/**
	 * @return the page the form was on: the {@code Referer}'s path and query when it is
	 * this portal's own page (another site's address is never followed, so no open
	 * redirect), else the form's own path when that is a page shown with GET, else
	 * {@code null} for the home page
	 */
	private @Nullable String returnPath(HttpServletRequest request) {
		String fromReferer = sameOriginPath(request, request.getHeader("Referer"));
		if (fromReferer != null) {
			return fromReferer;
		}
		String formPath = request.getRequestURI().substring(request.getContextPath().length());
		return isShownWithGet(request) ? ReturnAfterSignIn.safePath(formPath) : null;
	}

	private static @Nullable String sameOriginPath(HttpServletRequest request, @Nullable String referer) {
		if (referer == null) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(referer);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
		boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
				&& request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
		String path = uri.getRawPath();
		String contextPath = request.getContextPath();
		if (!sameOrigin || path == null || !path.startsWith(contextPath + "/")) {
			return null;
		}
		String query = uri.getRawQuery();
		return ReturnAfterSignIn.safePath(path.substring(contextPath.length()) + ((query != null) ? "?" + query : ""));
	}

	/**
	 * Asks Spring MVC whether a GET of the form's address would find a page, so that the
	 * person is not sent back to an address that only takes the form's POST.
	 */
	private boolean isShownWithGet(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = this.pages.getIfAvailable();
		if (mapping == null) {
			return false;
		}
		HttpServletRequest get = new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

		};
		Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(get);
			HandlerExecutionChain handler = mapping.getHandler(get);
			return Objects.nonNull(handler);
		}
		catch (Exception ex) {
			// No GET mapping for the path (the method is not supported there): not a
			// page.
			return false;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
		}
	}

	/**
	 * The page to go back to once signed in again, kept in the new anonymous session that
	 * the sign-in form's own token lives in; the session id is renewed on sign-in with
	 * its attributes.
	 */
	static final class ReturnAfterSignIn {

		private static final String ATTRIBUTE = ReturnAfterSignIn.class.getName();

		private ReturnAfterSignIn() {
		}

		/**
		 * Remembers the page and forgets any page asked for earlier, so that whichever
		 * the person met last is where signing in leads.
		 */
		static void remember(HttpServletRequest request, HttpServletResponse response, String path) {
			new HttpSessionRequestCache().removeRequest(request, response);
			request.getSession().setAttribute(ATTRIBUTE, path);
		}

		/**
		 * @return the page remembered, forgotten now, or {@code null}
		 */
		static @Nullable String take(HttpServletRequest request) {
			HttpSession session = request.getSession(false);
			if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String path)) {
				return null;
			}
			session.removeAttribute(ATTRIBUTE);
			return path;
		}

		/**
		 * @return the path if it is a path of this portal that cannot be read as another
		 * host ({@code //evil.test}, {@code /\evil.test}) nor leads back to signing in,
		 * else {@code null}
		 */
		static @Nullable String safePath(String path) {
			boolean ownPath = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
					&& path.chars().noneMatch(Character::isISOControl);
			boolean signInOrOut = path.equals("/login") || path.startsWith("/login?") || path.startsWith("/logout");
			return (ownPath && !signInOrOut) ? path : null;
		}

	}

}
