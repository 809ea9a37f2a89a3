package com.partnerportal.passwordreset;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Forgot your password?": the form that asks for a link, the page that answers it the
 * same way whatever the address, and the link's page where a new password is chosen.
 * Anybody may use them, signed in or not; the URL rules let them through.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	private static final String REQUEST_VIEW = "password-reset/request";

	private static final String CHOOSE_VIEW = "password-reset/choose";

	private final PasswordResets resets;

	private final PasswordResetProperties properties;

	private final String publicUrl;

	PasswordResetController(PasswordResets resets, PasswordResetProperties properties,
			@Value("${portal.public-url:}") String publicUrl) {
		this.resets = resets;
		this.properties = properties;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping
	String newForm(Model model) {
		model.addAttribute("resetRequest", new ResetRequestForm(""));
		return REQUEST_VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("resetRequest") ResetRequestForm form, BindingResult result, Locale locale,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return REQUEST_VIEW;
		}
		if (!this.resets.request(form.emailOrEmpty(), locale, request.getRemoteAddr(), portalUrl())) {
			result.rejectValue("email", "passwordReset.throttled", new Object[] { this.properties.windowMinutes() },
					null);
			return REQUEST_VIEW;
		}
		// The same answer whether the address has an account or not.
		return "redirect:/password-reset/sent";
	}

	@GetMapping("/sent")
	String sent(Model model) {
		model.addAttribute("validityMinutes", this.properties.validityMinutes());
		return "password-reset/sent";
	}

	@GetMapping("/{resetKey}")
	String editForm(@PathVariable("resetKey") String key, Model model) {
		this.resets.check(key);
		model.addAttribute("newPassword", NewPasswordForm.empty());
		model.addAttribute("key", key);
		return CHOOSE_VIEW;
	}

	@PostMapping("/{resetKey}")
	String update(@PathVariable("resetKey") String key, @ModelAttribute("newPassword") NewPasswordForm form,
			BindingResult result, Model model) {
		for (ResetProblem problem : this.resets.reset(key, form.passwordOrEmpty(), form.confirmationOrEmpty())) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("key", key);
			return CHOOSE_VIEW;
		}
		return "redirect:/login?passwordReset";
	}

	/**
	 * A link that cannot be used gets a page that says why and offers to ask again: 404
	 * for a link never mailed, 410 for one used or expired.
	 */
	@ExceptionHandler(ResetRefusedException.class)
	String refused(ResetRefusedException ex, Model model, HttpServletResponse response) {
		response
			.setStatus((ex.refusal() == ResetRefusal.UNKNOWN) ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("refusal", ex.refusal());
		return "password-reset/refused";
	}

	private String portalUrl() {
		// A configured address keeps a forged Host header out of the links people get
		// by mail.
		return this.publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: this.publicUrl;
	}

}
