package com.partnerportal.invitation.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

import com.partnerportal.invitation.DelegatedAdminRequiredException;
import com.partnerportal.invitation.Invitation;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.invitation.RelationshipRequests;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.web.FlashMessages;
import com.partnerportal.web.SupportedLanguages;

/**
 * The partner's side of an invitation: choose whether to ask for delegated admin, then
 * send the draft email that carries the partner's link. The URL rules let only Global
 * admins and Admin agents in; the partner always comes from the signed-in user.
 */
@Controller
@RequestMapping("/partner/relationship-requests")
class RelationshipRequestController {

	private static final String REQUEST_VIEW = "invitations/request";

	private static final String DRAFT_VIEW = "invitations/draft";

	private static final String OPEN = "open";

	private static final String COPY = "copy";

	private final RelationshipRequests requests;

	private final InvitationLinks invitationLinks;

	RelationshipRequestController(RelationshipRequests requests, InvitationLinks invitationLinks) {
		this.requests = requests;
		this.invitationLinks = invitationLinks;
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("options", this.requests.options(user.partnerId(), locale));
		model.addAttribute("requestForm", new RelationshipRequestForm(true));
		return REQUEST_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, RelationshipRequestForm requestForm, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Invitation invitation;
		try {
			invitation = invitationFor(user, requestForm.includeDelegatedAdmin());
		}
		catch (DelegatedAdminRequiredException ex) {
			// Only a forged request gets here: the page never lets a national-cloud
			// partner clear the box.
			RelationshipRequestForm shown = new RelationshipRequestForm(true);
			BindingResult result = new BeanPropertyBindingResult(shown, "requestForm");
			result.reject("invitation.request.delegatedAdmin.refused",
					new Object[] { new DefaultMessageSourceResolvable("cloud." + ex.getCloud()) }, null);
			model.addAttribute("options", this.requests.options(user.partnerId(), locale));
			model.addAttribute("requestForm", shown);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "requestForm", result);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return REQUEST_VIEW;
		}
		redirect.addAttribute("delegatedAdmin", invitation.delegatedAdmin());
		return "redirect:/partner/relationship-requests/draft";
	}

	@GetMapping("/draft")
	String draft(@AuthenticationPrincipal PortalUser user, @RequestParam boolean delegatedAdmin,
			@RequestParam(required = false) @Nullable String emailLanguage, Model model, Locale locale) {
		// Showing the draft never creates a link: that happens on the request's POST.
		Invitation invitation = this.invitationLinks.existingInvitation(user.partnerId(), delegatedAdmin).orElse(null);
		if (invitation == null) {
			return "redirect:/partner/relationship-requests/new";
		}
		String link = absoluteLink(invitation);
		// The email may be written in another language than the page: a partner working
		// in English
		// may invite a Spanish customer in Spanish. The link is the same in every
		// language.
		Locale emailLocale = SupportedLanguages.match(emailLanguage).orElse(locale);
		model.addAttribute("emailLanguage", emailLocale.toLanguageTag());
		DraftEmailForm draft = this.requests.draft(invitation, link, emailLocale);
		return showDraft(model, invitation, link, draft);
	}

	/**
	 * Without JavaScript, "Open in email" posts the edited text here and the browser
	 * follows the redirect to the {@code mailto:} URL.
	 */
	@PostMapping(path = "/draft", params = "action=" + OPEN)
	ModelAndView open(@AuthenticationPrincipal PortalUser user, @RequestParam boolean delegatedAdmin,
			@RequestParam(defaultValue = "false") boolean withoutLink, @Valid DraftEmailForm draftEmailForm,
			BindingResult result, Model model) {
		Invitation invitation = currentInvitation(user, delegatedAdmin);
		String link = absoluteLink(invitation);
		if (!isReady(draftEmailForm, result, link, withoutLink, OPEN, model)) {
			return new ModelAndView(showDraft(model, invitation, link, draftEmailForm));
		}
		String mailto = draftEmailForm.mailto();
		if (mailto.length() > MailtoLink.MAX_LENGTH) {
			result.reject("invitation.draft.tooLongForEmail");
			return new ModelAndView(showDraft(model, invitation, link, draftEmailForm));
		}
		return new ModelAndView(mailtoRedirect(mailto));
	}

	/**
	 * Without JavaScript, "Copy to clipboard" shows the whole text read-only and focused,
	 * for the partner to copy with the keyboard.
	 */
	@PostMapping(path = "/draft", params = "action=" + COPY)
	String copy(@AuthenticationPrincipal PortalUser user, @RequestParam boolean delegatedAdmin,
			@RequestParam(defaultValue = "false") boolean withoutLink, @Valid DraftEmailForm draftEmailForm,
			BindingResult result, Model model) {
		Invitation invitation = currentInvitation(user, delegatedAdmin);
		String link = absoluteLink(invitation);
		if (isReady(draftEmailForm, result, link, withoutLink, COPY, model)) {
			model.addAttribute("copyText", draftEmailForm.fullText());
		}
		return showDraft(model, invitation, link, draftEmailForm);
	}

	/**
	 * A draft form sent for the variant without delegated admin by a partner whose cloud
	 * requires it: no page offers that, so it was forged. The refusal is recorded; the
	 * page says what the cloud requires and leads back to the request.
	 */
	@ExceptionHandler(DelegatedAdminRequiredException.class)
	ModelAndView delegatedAdminRequired(DelegatedAdminRequiredException ex) {
		return new ModelAndView("invitations/delegated-admin-required", Map.of("cloud", ex.getCloud()),
				HttpStatus.BAD_REQUEST);
	}

	@PostMapping("/done")
	String done(RedirectAttributes redirect) {
		FlashMessages.confirm(redirect, "invitation.draft.done");
		return "redirect:/partner/customers";
	}

	/**
	 * The partner's first request creates its link. Sent twice at once, both requests may
	 * try to create it; the unique index lets one win, and the other, rolled back, finds
	 * the winner's link on a second look.
	 */
	private Invitation invitationFor(PortalUser user, boolean delegatedAdmin) {
		try {
			return this.invitationLinks.invitationFor(user.partnerId(), delegatedAdmin, user.actor());
		}
		catch (ConcurrentChangeException ex) {
			return this.invitationLinks.invitationFor(user.partnerId(), delegatedAdmin, user.actor());
		}
	}

	private Invitation currentInvitation(PortalUser user, boolean delegatedAdmin) {
		return this.invitationLinks.issuedInvitation(user.partnerId(), delegatedAdmin, user.actor())
			.orElseThrow(() -> new NotFoundException("Partner " + user.partnerId() + " has no invitation link"));
	}

	/**
	 * A customer can only answer through the link, so a draft without it is sent only
	 * once the partner has said so.
	 */
	private static boolean isReady(DraftEmailForm draft, BindingResult result, String link, boolean withoutLink,
			String action, Model model) {
		if (result.hasErrors()) {
			return false;
		}
		if (!withoutLink && !draft.containsLink(link)) {
			model.addAttribute("linkMissing", true);
			model.addAttribute("attemptedAction", action);
			return false;
		}
		return true;
	}

	private static String showDraft(Model model, Invitation invitation, String link, DraftEmailForm draft) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("link", link);
		model.addAttribute("draftEmailForm", draft);
		model.addAttribute("mailto", draft.mailto());
		model.addAttribute("mailtoMaxLength", MailtoLink.MAX_LENGTH);
		return DRAFT_VIEW;
	}

	private static String absoluteLink(Invitation invitation) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(invitation.path()).toUriString();
	}

	private static RedirectView mailtoRedirect(String mailto) {
		RedirectView view = new RedirectView(mailto);
		view.setStatusCode(HttpStatus.FOUND);
		// The URL is final: no template variables to expand, no model to append.
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return view;
	}

}
