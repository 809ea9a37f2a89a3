package com.partnerportal.invitation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.partnerportal.web.NotFoundException;

/**
 * Renders the not-found page straight from the invitation pages, where an unknown or
 * changed link is the common case, rather than through the container's error dispatch.
 * The answer is the same 404 page either way.
 */
@ControllerAdvice(assignableTypes = { InvitationLandingController.class, InvitationRegistrationController.class,
		InvitationAcceptanceController.class })
class InvitationPageErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
