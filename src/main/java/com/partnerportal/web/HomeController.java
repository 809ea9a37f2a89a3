package com.partnerportal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.partnerportal.account.AccountRole;
import com.partnerportal.security.PortalUser;

/**
 * Sends each signed-in user to the page that is home for its kind of account.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		return "redirect:" + homeOf(user.role());
	}

	static String homeOf(AccountRole role) {
		if (role.isPlatformAdmin()) {
			return "/admin";
		}
		if (role.isPartner()) {
			return "/partner/customers";
		}
		return "/customer/partner-relationships";
	}

}
