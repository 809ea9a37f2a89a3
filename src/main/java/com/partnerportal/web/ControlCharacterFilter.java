package com.partnerportal.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400, any request whose parameters carry control characters other than
 * tab and line breaks. No field of the portal takes them, a person cannot type them, and
 * PostgreSQL refuses the NUL character outright: let through, a NUL in a company name
 * would reach the database and fail there instead of being refused here.
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (carriesControlCharacters(request.getParameterMap())) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean carriesControlCharacters(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasControlCharacter(parameter.getKey())) {
				return true;
			}
			for (@Nullable
			String value : parameter.getValue()) {
				if (value != null && hasControlCharacter(value)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007f') {
				return true;
			}
		}
		return false;
	}

}
