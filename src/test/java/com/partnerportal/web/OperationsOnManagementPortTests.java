package com.partnerportal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port of their own (PORTAL_MANAGEMENT_PORT), the endpoints are open
 * there for Prometheus and probes, and the main port serves only the two probes.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "management.server.port=0")
class OperationsOnManagementPortTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void prometheusWhenOnTheManagementPortThenOpen() throws Exception {
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(get(this.managementPort, "/actuator/info").body()).contains("\"build\"");
		assertThat(get(this.managementPort, "/actuator/health/readiness").body()).contains("\"db\"");
	}

	@Test
	void prometheusWhenOnTheMainPortThenNotServedToAnonymous() throws Exception {
		HttpResponse<String> metrics = get(this.port, "/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(302);
		assertThat(metrics.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	void probesWhenOnTheMainPortThenAnswered() throws Exception {
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
