package com.partnerportal.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each signed-in user to the page that is home for its kind of account.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		return "redirect:" + homeOf(authentication);
	}

	static String homeOf(Authentication authentication) {
		var roles = authentication.getAuthorities().stream().map((a) -> a.getAuthority()).toList();
		if (roles.contains("ROLE_PLATFORM_ADMIN")) {
			return "/admin";
		}
		if (roles.contains("ROLE_PARTNER")) {
			return "/partner/customers";
		}
		return "/customer/partner-relationships";
	}

}
