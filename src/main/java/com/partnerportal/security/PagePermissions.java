package com.partnerportal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person's {@link Permissions}, which the header's menu
 * and the pages' buttons read. Views rendered by an exception handler get no model
 * attributes: the layout then asks this bean itself, so that the error pages show the
 * same menu.
 */
@ControllerAdvice
public class PagePermissions {

	/**
	 * @return what the person signed in for the current request may use
	 */
	@ModelAttribute("permissions")
	public Permissions current() {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			return Permissions.of(user);
		}
		return Permissions.NONE;
	}

}
