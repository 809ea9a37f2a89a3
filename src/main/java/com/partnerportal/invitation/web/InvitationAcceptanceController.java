package com.partnerportal.invitation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.customer.CustomerAgreementProperties;
import com.partnerportal.invitation.AcceptanceOutcome;
import com.partnerportal.invitation.AcceptanceOutdatedException;
import com.partnerportal.invitation.AcceptancePreview;
import com.partnerportal.invitation.AcceptanceRefusal;
import com.partnerportal.invitation.AcceptanceRefusedException;
import com.partnerportal.invitation.AcceptanceResult;
import com.partnerportal.invitation.AgreementNotConfirmedException;
import com.partnerportal.invitation.Invitation;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationLanding;
import com.partnerportal.invitation.LandingDetails;
import com.partnerportal.relationship.DelegatedAdminHeldElsewhereException;
import com.partnerportal.relationship.RelationshipPlan;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Countries;
import com.partnerportal.web.FlashMessages;

/**
 * The customer's answer to an invitation, once signed in: the accept page with the
 * customer agreement and the choices for delegated admin another partner holds,
 * accepting, and declining. Users other than the customer's Global admins are told who
 * may answer; customers the partner may not serve are told why.
 * <p>
 * What the activity log gets from these pages: the first time in a session that a user is
 * shown an invitation's accept page (typically right after signing in or registering from
 * the landing page), {@code INVITATION_VIEWED}, plus the refusal for the user's role the
 * page shows, if any; nothing when the partner may not serve the customer (cloud or
 * territory), as a look is not an answer; reloading it adds nothing. Every POST is a
 * deliberate attempt, so every refused accept or decline is recorded.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationAcceptanceController {

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
			HttpServletResponse response, HttpSession session) {
		AcceptancePreview preview = null;
		if (InvitationViews.firstView(session, token)) {
			preview = this.acceptance.previewRecordingView(token, user.customerId(), user.actor());
			InvitationViews.recorded(session, token);
		}
		if (!user.customerRole().answersInvitations()) {
			return notAllowed(token, user, locale, model, response);
		}
		AcceptanceForm form = AcceptanceForm.empty();
		model.addAttribute("acceptanceForm", form);
		return page((preview != null) ? preview : this.acceptance.preview(token, user.customerId()), form, locale,
				model);
	}

	@PostMapping("/accept")
	String accept(@PathVariable String token, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute AcceptanceForm acceptanceForm, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Only a crafted form sends a choice other than keep or move.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable acceptance form");
		}
		AcceptanceOutcome outcome;
		try {
			outcome = this.acceptance.accept(token, user.customerId(), user.actor(), acceptanceForm.toChoices());
		}
		catch (AcceptanceRefusedException ex) {
			if (ex.getRefusal() == AcceptanceRefusal.ROLE) {
				return notAllowed(token, user, locale, model, response);
			}
			result.reject("acceptance.error.refused." + ex.getRefusal());
			return page(token, user, acceptanceForm, locale, model);
		}
		catch (AgreementNotConfirmedException ex) {
			result.rejectValue("agreementAccepted", "acceptance.agreement.required");
			return page(token, user, acceptanceForm, locale, model);
		}
		catch (AcceptanceOutdatedException | DelegatedAdminHeldElsewhereException ex) {
			// Another acceptance or removal for the same customer won the race: nothing
			// was changed, and the page shows the state as it is now, choices reset.
			AcceptanceForm reset = acceptanceForm.withoutChoices();
			BindingResult resetResult = new BeanPropertyBindingResult(reset, "acceptanceForm");
			resetResult.reject("acceptance.error.changedMeanwhile");
			// The form first: replacing it drops the binding result of the old one.
			model.addAttribute("acceptanceForm", reset);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "acceptanceForm", resetResult);
			return page(token, user, reset, locale, model);
		}
		confirm(redirect, outcome);
		return AFTER_ANSWER;
	}

	@PostMapping("/decline")
	String decline(@PathVariable String token, @AuthenticationPrincipal PortalUser user, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Invitation invitation;
		try {
			invitation = this.acceptance.decline(token, user.customerId(), user.actor());
		}
		catch (AcceptanceRefusedException ex) {
			return notAllowed(token, user, locale, model, response);
		}
		FlashMessages.confirm(redirect, "acceptance.flash.declined", invitation.partner().getName());
		return AFTER_ANSWER;
	}

	private static void confirm(RedirectAttributes redirect, AcceptanceOutcome outcome) {
		LandingDetails details = outcome.details();
		String partner = details.invitation().partner().getName();
		if (outcome.result() == AcceptanceResult.NOTHING_CHANGED) {
			FlashMessages.confirm(redirect, "acceptance.flash.nothingChanged", partner);
		}
		else if (!details.invitation().delegatedAdmin()) {
			FlashMessages.confirm(redirect, "acceptance.flash.accepted", partner);
		}
		else if (outcome.servicesKept().isEmpty()) {
			FlashMessages.confirm(redirect, "acceptance.flash.acceptedWithDelegatedAdmin", partner,
					details.serviceNames());
		}
		else if (outcome.servicesTaken().isEmpty()) {
			FlashMessages.confirm(redirect, "acceptance.flash.acceptedKeepingCurrentPartners", partner,
					String.join(", ", outcome.servicesKept()));
		}
		else {
			FlashMessages.confirm(redirect, "acceptance.flash.acceptedPartly", partner,
					String.join(", ", outcome.servicesTaken()), String.join(", ", outcome.servicesKept()));
		}
	}

	private String page(String token, PortalUser user, AcceptanceForm form, Locale locale, Model model) {
		return page(this.acceptance.preview(token, user.customerId()), form, locale, model);
	}

	private String page(AcceptancePreview preview, AcceptanceForm form, Locale locale, Model model) {
		RelationshipPlan plan = preview.plan();
		InvitationLandingController.addInvitation(preview.details(), locale, model);
		model.addAttribute("preview", preview);
		model.addAttribute("plan", plan);
		model.addAttribute("agreementVersion", this.agreement.version());
		model.addAttribute("customerCountry", Countries.displayName(plan.customerCountry(), locale));
		model.addAttribute("territoryCountries", plan.territory().countryList(locale));
		model.addAttribute("movedServices", form.toChoices().servicesToMove());
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
