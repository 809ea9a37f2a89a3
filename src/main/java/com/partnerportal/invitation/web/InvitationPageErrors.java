package com.partnerportal.invitation.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.partnerportal.customer.ConfirmationRefusedException;
import com.partnerportal.invitation.RetiredInvitationLinkException;
import com.partnerportal.web.LanguageMenu;

/**
 * The invitation pages' own answers. A link its partner has replaced gets a page of its
 * own, which says so; an unknown link gets the not-found page every module shows. This
 * advice comes before the application's, which would answer the replaced link as a plain
 * not-found.
 */
@ControllerAdvice(assignableTypes = { InvitationLandingController.class, InvitationRegistrationController.class,
		InvitationAcceptanceController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvitationPageErrors {

	private final LanguageMenu languageMenu;

	InvitationPageErrors(LanguageMenu languageMenu) {
		this.languageMenu = languageMenu;
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
