package com.partnerportal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Shows the rest of a request no session unless it creates one. Spring MVC looks for
 * flash attributes in the session of every request it serves, a static file's too, and
 * the session store answers that by reading the session named by the cookie from the
 * database and marking it accessed: for the requests that act for nobody, that read is
 * all the database work there would be.
 */
class NoSessionFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public @Nullable HttpSession getSession(boolean create) {
				return create ? super.getSession(true) : null;
			}
		}, response);
	}

}
