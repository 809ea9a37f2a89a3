package com.partnerportal.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator endpoints when they share the main port: probes for anyone, build data and
 * metrics for platform admins only.
 */
@PortalTest
class OperationsEndpointsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Test
	void healthWhenAnonymousThenUpWithTheDatabase() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.status").isEqualTo("UP");
			json.assertThat().extractingPath("$.components.db.status").isEqualTo("UP");
		});
	}

	@Test
	void readinessWhenAnonymousThenUpAndIncludesTheDatabase() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.status").isEqualTo("UP");
			json.assertThat().extractingPath("$.components.db.status").isEqualTo("UP");
		});
		assertThat(this.mvc.get().uri("/readyz")).hasStatusOk().bodyText().contains("\"db\"");
	}

	@Test
	void livenessWhenAnonymousThenUpWithoutTheDatabase() {
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
			.bodyText()
			.contains("\"UP\"")
			.doesNotContain("\"db\"");
		assertThat(this.mvc.get().uri("/livez")).hasStatusOk();
	}

	@Test
	void infoWhenPlatformAdminThenShowsBuildAndGit() {
		assertThat(this.mvc.get().uri("/actuator/info").with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN)))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.build.artifact").isEqualTo("partner-portal");
				json.assertThat().extractingPath("$.git.commit.id").asString().isNotEmpty();
			});
	}

	@Test
	void prometheusWhenPlatformAdminThenJvmMetrics() {
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(this.demo.signedIn(DemoAccounts.PLATFORM_ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void anyPageWhenServedThenReturnsItsRequestId() {
		assertThat(this.mvc.get().uri("/login").header("X-Request-Id", "lb-1234")).hasStatusOk()
			.hasHeader("X-Request-Id", "lb-1234");
	}

}
