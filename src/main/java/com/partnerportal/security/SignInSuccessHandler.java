package com.partnerportal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Forgets the account's earlier failed sign-ins and goes on to the page asked for before
 * signing in, or the home page.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	SignInSuccessHandler() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		Attempt attempt = SignInAttempt.reserved(request);
		if (attempt != null) {
			attempt.succeeded();
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
