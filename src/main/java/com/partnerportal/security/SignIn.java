package com.partnerportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import com.partnerportal.account.UserAccount;

/**
 * Signs in an account that was just created, such as a customer's first Global admin
 * after registering, so that the person does not have to type the new password again.
 */
@Component
public class SignIn {

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	/**
	 * Signs the account in on this request's session. The session id is renewed first, as
	 * on a password sign-in, so that an id planted before registration is worth nothing.
	 * @param account the account, saved
	 * @param request the current request
	 * @param response the current response
	 */
	public void signIn(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		PortalUser user = new PortalUser(account);
		user.eraseCredentials();
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		this.contextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
