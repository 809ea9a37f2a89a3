package com.partnerportal.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void filterWhenTheLoadBalancerSentAPlainIdThenLogsAndReturnsThatOne() throws Exception {
		Served served = serve("7f3c2a9e-lb.42");

		assertThat(served.logged()).isEqualTo("7f3c2a9e-lb.42");
		assertThat(served.header()).isEqualTo("7f3c2a9e-lb.42");
	}

	@Test
	void filterWhenNoIdThenGeneratesOneAndReturnsIt() throws Exception {
		Served served = serve(null);

		assertThat(served.logged()).matches("[0-9a-f-]{36}");
		assertThat(served.header()).isEqualTo(served.logged());
	}

	@Test
	void filterWhenTheIdCouldForgeLogLinesThenReplacesIt() throws Exception {
		Served served = serve("abc\n2026-11-21 INFO forged line");

		assertThat(served.logged()).matches("[0-9a-f-]{36}");
	}

	@Test
	void filterWhenTheIdIsLongerThan128CharactersThenReplacesIt() throws Exception {
		assertThat(serve("a".repeat(128)).logged()).isEqualTo("a".repeat(128));
		assertThat(serve("a".repeat(129)).logged()).matches("[0-9a-f-]{36}");
	}

	@Test
	void filterWhenTheRequestIsServedThenTheIdLeavesTheThread() throws Exception {
		serve("first-request");

		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	private Served serve(String incoming) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/partner/customers");
		if (incoming != null) {
			request.addHeader(RequestIdFilter.HEADER, incoming);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> logged = new AtomicReference<>();
		this.filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) {
				logged.set(MDC.get(RequestIdFilter.MDC_KEY));
			}
		}));
		return new Served(logged.get(), response.getHeader(RequestIdFilter.HEADER));
	}

	private record Served(String logged, String header) {
	}

}
