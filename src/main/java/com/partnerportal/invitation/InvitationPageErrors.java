package com.partnerportal.invitation;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.partnerportal.customer.ConfirmationRefusedException;
import com.partnerportal.web.LanguageMenu;
import com.partnerportal.web.NotFoundException;

/**
 * Renders the not-found page straight from the invitation pages, where an unknown or
 * changed link is the common case, rather than through the container's error dispatch.
 * The answer is the same 404 page either way. A link its partner has replaced gets a page
 * of its own, which says so.
 */
@ControllerAdvice(assignableTypes = { InvitationLandingController.class, InvitationRegistrationController.class,
		InvitationAcceptanceController.class })
class InvitationPageErrors {

	private final LanguageMenu languageMenu;

	InvitationPageErrors(LanguageMenu languageMenu) {
		this.languageMenu = languageMenu;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		// An exception handler's view gets no @ModelAttribute values: without this, a
		// customer arriving through a changed link would find no language menu.
		return new ModelAndView("error/404", Map.of("languages", this.languageMenu.languages()), HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(RetiredInvitationLinkException.class)
	ModelAndView replaced() {
		// Gone for good (410): the partner replaced the link, and only a new one from the
		// partner helps. The page names no partner, as the old link may have leaked.
		return new ModelAndView("invitations/link-replaced", Map.of("languages", this.languageMenu.languages()),
				HttpStatus.GONE);
	}

	@ExceptionHandler(ConfirmationRefusedException.class)
	ModelAndView confirmationRefused(ConfirmationRefusedException ex) {
		// An outdated link is gone for good (410); a domain or address taken since
		// conflicts with what exists now (409).
		HttpStatus status = switch (ex.getRefusal()) {
			case EXPIRED, USED -> HttpStatus.GONE;
			case DOMAIN_TAKEN, EMAIL_TAKEN -> HttpStatus.CONFLICT;
		};
		return new ModelAndView("invitations/register-refused", Map.of("languages", this.languageMenu.languages(),
				"refusal", ex.getRefusal(), "invitationToken", ex.getInvitationToken()), status);
	}

}
