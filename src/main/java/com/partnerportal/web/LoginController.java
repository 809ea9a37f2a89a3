package com.partnerportal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.partnerportal.security.SignInThrottleProperties;

/**
 * The sign-in page. Spring Security handles the form's POST.
 */
@Controller
class LoginController {

	private final SignInThrottleProperties throttle;

	LoginController(SignInThrottleProperties throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("throttleMinutes", this.throttle.windowMinutes());
		return "login";
	}

}
