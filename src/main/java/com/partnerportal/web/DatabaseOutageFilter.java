package com.partnerportal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers the portal's own "unavailable" page (503) when a request fails because the
 * database cannot be reached.
 * <p>
 * It runs outside Spring Session's filter, which loads the session from the database
 * before anything else and saves it after the page: during an outage those fail outside
 * Spring MVC, and the container's error page would go through the same filter and fail
 * again, leaving the visitor with the container's bare page. Here the page is rendered
 * without the session and without the database, in the language of the language cookie or
 * of the browser; the signed-in account's stored language is out of reach with the
 * database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final String VIEW = "error/503";

	/**
	 * When to try again: a restarted database server or a failover is usually back within
	 * a minute.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ViewResolver views;

	private final LocaleResolver languages;

	private final LanguageMenu languageMenu;

	DatabaseOutageFilter(@Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver languages,
			LanguageMenu languageMenu) {
		this.views = views;
		this.languages = languages;
		this.languageMenu = languageMenu;
	}

	/**
	 * The container's error page for any other failure (a 404, say) also reads the
	 * session: when that fails because the database is gone, this page is the answer.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("The database cannot be reached; {} {} answered 503: {}", request.getMethod(),
					request.getRequestURI(), ex.toString());
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		// Whatever the page had written is dropped; the headers set so far (request id,
		// security headers) stay.
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// Read by the template's messages and URLs as they are on any page.
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.languages);
		Locale locale = this.languages.resolveLocale(request);
		try {
			View page = this.views.resolveViewName(VIEW, locale);
			if (page == null) {
				throw new IllegalStateException("No template " + VIEW);
			}
			page.render(Map.of("languages", this.languageMenu.languages(request, locale)), request, response);
		}
		catch (Exception ex) {
			throw new ServletException("The unavailable page could not be rendered", ex);
		}
	}

}
