package com.partnerportal.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.partnerportal.shared.NotFoundException;

/**
 * Turns the domain's answers into pages, so that services need not know about HTTP: what
 * does not exist, or belongs to another organisation, gets the not-found page in the
 * reader's language with status 404. It comes last, so that a feature's own advice (the
 * page of a replaced invitation link, for one) answers the cases it knows better.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class GlobalExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		// The page is rendered here rather than through the container's error dispatch;
		// its layout asks LanguageMenu for the menu, as an exception handler's view gets
		// no model attributes.
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

}
