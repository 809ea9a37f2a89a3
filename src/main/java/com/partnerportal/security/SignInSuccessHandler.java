package com.partnerportal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import com.partnerportal.security.ExpiredSessionCsrfHandler.ReturnAfterSignIn;

/**
 * Forgets the account's earlier failed sign-ins and goes on to the page asked for before
 * signing in, or the page whose form was posted after the session had ended, or the home
 * page.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SignInSuccessHandler() {
		setDefaultTargetUrl("/");
		setRequestCache(this.requestCache);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		Attempt attempt = SignInAttempt.reserved(request);
		if (attempt != null) {
			attempt.succeeded();
		}
		String formPage = ReturnAfterSignIn.take(request);
		if (formPage != null && this.requestCache.getRequest(request, response) == null) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, formPage);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
