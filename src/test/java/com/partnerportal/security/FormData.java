package com.partnerportal.security;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Form data written as a browser sends it, {@code name=value&name=value}, readable in a
 * test's tables. Values are taken as they are: none of the tests' values needs escaping.
 */
final class FormData {

	private FormData() {
	}

	/**
	 * @param request a request
	 * @param data the fields, possibly empty
	 * @return the request, with the fields as parameters
	 */
	static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String data) {
		for (String field : data.split("&")) {
			if (!field.isEmpty()) {
				String[] nameAndValue = field.split("=", 2);
				request.param(nameAndValue[0], nameAndValue[1]);
			}
		}
		return request;
	}

}
