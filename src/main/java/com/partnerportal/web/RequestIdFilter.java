package com.partnerportal.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that each log line written while serving it carries (MDC key
 * {@value #MDC_KEY}) and that the response returns in {@value #HEADER}, so that a
 * complaint, a load balancer's log and the portal's logs can be matched. An id set by the
 * load balancer is kept when it is short and plain; anything else is replaced, so that a
 * client cannot forge log lines or flood them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request.getHeader(HEADER));
		response.setHeader(HEADER, requestId);
		MDC.put(MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	static String requestId(@Nullable String incoming) {
		if (incoming != null && ACCEPTABLE.matcher(incoming).matches()) {
			return incoming;
		}
		return UUID.randomUUID().toString();
	}

}
