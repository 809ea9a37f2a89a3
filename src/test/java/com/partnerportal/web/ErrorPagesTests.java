package com.partnerportal.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class ErrorPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void errorPageWhenServerFailsThenShowsThePortalPageWithoutTheExceptionMessage() {
		var result = this.mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internal detail"))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/partner/customers");

		assertThat(result).hasStatus(500)
			.bodyText()
			.contains("Something went wrong on our side")
			.contains("Partner Portal")
			.doesNotContain("secret internal detail")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void errorPageWhenNotFoundThenShowsThePortalNotFoundPage() {
		var result = this.mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere");

		assertThat(result).hasStatus(404).bodyText().contains("Page not found");
	}

	@Test
	void errorPageWhenForbiddenThenExplainsWhoCanHelp() {
		var result = this.mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin");

		assertThat(result).hasStatus(403).bodyText().contains("Access denied").contains("Global admin");
	}

}
