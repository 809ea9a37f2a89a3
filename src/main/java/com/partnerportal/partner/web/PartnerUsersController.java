package com.partnerportal.partner.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.OnboardingRejectedException;
import com.partnerportal.partner.PartnerUserManagement;
import com.partnerportal.partner.PartnerUserSummary;
import com.partnerportal.partner.UserChangeRejectedException;
import com.partnerportal.security.PortalUser;
import com.partnerportal.web.FlashMessages;
import com.partnerportal.web.PageLinks;

/**
 * The partner Global admin's Users page. The URL rules admit Global admins only; the
 * partner always comes from the signed-in user.
 */
@Controller
@RequestMapping("/partner/users")
class PartnerUsersController {

	private static final String ERROR_FLASH = "userError";

	private final PartnerUserManagement management;

	PartnerUsersController(PartnerUserManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		var users = this.management.users(user.partnerId(), page);
		model.addAttribute("users", users);
		model.addAttribute("links", PageLinks.of(users));
		model.addAttribute("roles", PartnerRole.values());
		model.addAttribute("me", user.userId());
		return "users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("userForm", PartnerUserForm.empty());
		return form(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("userForm") PartnerUserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		// A value that cannot be converted (an unknown choice, a checkbox that is not a
		// boolean) leaves the binding result without a form to attach another field
		// error to; the confirmation is compared once the rest of the form binds.
		if (result.getTarget() != null && !result.hasFieldErrors("password") && !form.passwordConfirmed()) {
			result.rejectValue("passwordConfirmation", "users.form.password.mismatch");
		}
		if (result.hasErrors() || form.role() == null) {
			return form(model);
		}
		try {
			PartnerUserSummary created = this.management.add(user.partnerId(), form.toNewUser(), form.role(),
					user.actor());
			FlashMessages.confirm(redirect, "users.created", created.displayName());
			return "redirect:/partner/users";
		}
		catch (OnboardingRejectedException ex) {
			switch (ex.reason()) {
				case EMAIL_TAKEN -> result.rejectValue("email", "users.form.email.taken");
				case PASSWORD_IS_EMAIL -> result.rejectValue("password", "users.form.password.isEmail");
				case PASSWORD_TOO_COMMON -> result.rejectValue("password", "users.form.password.tooCommon");
				default -> result.rejectValue("password", "users.form.password.length");
			}
			return form(model);
		}
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, @RequestParam PartnerRole role,
			RedirectAttributes redirect) {
		PartnerUserSummary target = this.management.user(user.partnerId(), id);
		try {
			if (this.management.changeRole(user.partnerId(), id, role, user.actor())) {
				FlashMessages.confirm(redirect, "users.roleChanged", target.displayName());
			}
		}
		catch (UserChangeRejectedException ex) {
			redirect.addFlashAttribute(ERROR_FLASH, refusalKey(ex.reason()));
		}
		return "redirect:/partner/users";
	}

	@GetMapping("/{id}/disable")
	String confirmDisable(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, Model model) {
		model.addAttribute("target", this.management.user(user.partnerId(), id));
		Optional<UserChangeRejectedException.Reason> refusal = this.management.disableRefusal(user.partnerId(), id,
				user.userId());
		model.addAttribute("refusal", refusal.map(PartnerUsersController::refusalKey).orElse(null));
		return "users/disable";
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal PortalUser user, @PathVariable Long id, RedirectAttributes redirect) {
		PartnerUserSummary target = this.management.user(user.partnerId(), id);
		try {
			if (this.management.disable(user.partnerId(), id, user.actor())) {
				FlashMessages.confirm(redirect, "users.disabled", target.displayName());
			}
		}
		catch (UserChangeRejectedException ex) {
			redirect.addFlashAttribute(ERROR_FLASH, refusalKey(ex.reason()));
		}
		return "redirect:/partner/users";
	}

	private String form(Model model) {
		model.addAttribute("roles", PartnerRole.values());
		return "users/form";
	}

	private static String refusalKey(UserChangeRejectedException.Reason reason) {
		return switch (reason) {
			case CANNOT_DISABLE_SELF -> "users.refused.self";
			case LAST_GLOBAL_ADMIN -> "users.refused.lastGlobalAdmin";
		};
	}

}
