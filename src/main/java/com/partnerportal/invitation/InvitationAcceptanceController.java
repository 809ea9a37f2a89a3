package com.partnerportal.invitation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.customer.CustomerAgreementProperties;
import com.partnerportal.relationship.DelegatedAdminHeldElsewhereException;
import com.partnerportal.relationship.DifferentCloudException;
import com.partnerportal.security.PortalUser;
import com.partnerportal.web.FlashMessages;

/**
 * The customer's answer to an invitation, once signed in: the accept page with the
 * customer agreement where needed, accepting, and declining. Users other than the
 * customer's Global admins are told who may answer.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationAcceptanceController {

	static final String GLOBAL_ADMIN = "CUSTOMER_GLOBAL_ADMIN";

	static final String AFTER_ANSWER = "redirect:/customer/partner-relationships";

	private final InvitationLanding landing;

	private final InvitationAcceptance acceptance;

	private final CustomerAgreementProperties agreement;

	InvitationAcceptanceController(InvitationLanding landing, InvitationAcceptance acceptance,
			CustomerAgreementProperties agreement) {
		this.landing = landing;
		this.acceptance = acceptance;
		this.agreement = agreement;
	}

	@GetMapping("/accept")
	String show(@PathVariable String token, @AuthenticationPrincipal PortalUser user, Locale locale, Model model,
			HttpServletResponse response) {
		if (!user.hasRole(GLOBAL_ADMIN)) {
			return notAllowed(token, user, locale, model, response);
		}
		model.addAttribute("acceptanceForm", new AcceptanceForm(null));
		return page(token, user, locale, model);
	}

	@PostMapping("/accept")
	String accept(@PathVariable String token, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute AcceptanceForm acceptanceForm, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!user.hasRole(GLOBAL_ADMIN)) {
			return notAllowed(token, user, locale, model, response);
		}
		AcceptanceResult outcome;
		try {
			outcome = this.acceptance.accept(token, user.customerId(), user.actor(), acceptanceForm.ticked());
		}
		catch (AgreementNotConfirmedException ex) {
			result.rejectValue("agreementAccepted", "acceptance.agreement.required");
			return page(token, user, locale, model);
		}
		catch (DelegatedAdminHeldElsewhereException ex) {
			result.reject("acceptance.error.heldElsewhere");
			return page(token, user, locale, model);
		}
		catch (DifferentCloudException ex) {
			result.reject("acceptance.error.differentCloud");
			return page(token, user, locale, model);
		}
		catch (DataIntegrityViolationException ex) {
			// Another answer for the same customer was saved at the same moment.
			result.reject("acceptance.error.concurrent");
			return page(token, user, locale, model);
		}
		LandingDetails details = this.landing.describe(token);
		String partner = details.invitation().partner().getName();
		if (outcome == AcceptanceResult.NOTHING_CHANGED) {
			FlashMessages.confirm(redirect, "acceptance.flash.nothingChanged", partner);
		}
		else if (details.invitation().delegatedAdmin()) {
			FlashMessages.confirm(redirect, "acceptance.flash.acceptedWithDelegatedAdmin", partner,
					details.serviceNames());
		}
		else {
			FlashMessages.confirm(redirect, "acceptance.flash.accepted", partner);
		}
		return AFTER_ANSWER;
	}

	@PostMapping("/decline")
	String decline(@PathVariable String token, @AuthenticationPrincipal PortalUser user, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!user.hasRole(GLOBAL_ADMIN)) {
			return notAllowed(token, user, locale, model, response);
		}
		Invitation invitation = this.acceptance.decline(token, user.customerId(), user.actor());
		FlashMessages.confirm(redirect, "acceptance.flash.declined", invitation.partner().getName());
		return AFTER_ANSWER;
	}

	private String page(String token, PortalUser user, Locale locale, Model model) {
		AcceptancePreview preview = this.acceptance.preview(token, user.customerId());
		InvitationLandingController.addInvitation(preview.details(), locale, model);
		model.addAttribute("preview", preview);
		model.addAttribute("plan", preview.plan());
		model.addAttribute("agreementVersion", this.agreement.version());
		return "invitations/accept";
	}

	private String notAllowed(String token, PortalUser user, Locale locale, Model model, HttpServletResponse response) {
		// The same page for looking and for trying: the user may not answer, and is told
		// whom to ask instead.
		InvitationLandingController.addInvitation(this.landing.describe(token), locale, model);
		model.addAttribute("globalAdmins", this.acceptance.whoCanAccept(user.customerId()));
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "invitations/accept-not-allowed";
	}

}
