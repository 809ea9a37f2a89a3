package com.partnerportal.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Boot's error controller, except for a request that asks for {@code /error} itself
 * rather than being forwarded there by a failure: Boot answers that with 500 because no
 * status was recorded, which would report a server fault where there is none. It is
 * answered as the page that does not exist that it is.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class PortalErrorController extends BasicErrorController {

	PortalErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

}
