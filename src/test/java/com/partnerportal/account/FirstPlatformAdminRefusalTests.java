package com.partnerportal.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.partnerportal.PartnerPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A start against a database without a platform admin and without an acceptable first one
 * fails with Boot's short report, which says what to set. Each start gets an empty
 * database of its own (the test configuration names a new one per context).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstPlatformAdminRefusalTests {

	@Test
	void startWhenNoAdminAndNothingConfiguredThenRefusesNamingTheVariables(CapturedOutput output) {
		assertThatExceptionOfType(FirstPlatformAdminRefusedException.class).isThrownBy(() -> start("", ""))
			.withMessageContaining("PORTAL_ADMIN_EMAIL is not set");

		assertThat(output).contains("APPLICATION FAILED TO START",
				"The database has no platform admin yet, and the first one cannot be created: PORTAL_ADMIN_EMAIL is not set.",
				"Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD");
	}

	@Test
	void startWhenPasswordMissingThenRefuses(CapturedOutput output) {
		assertThatExceptionOfType(FirstPlatformAdminRefusedException.class)
			.isThrownBy(() -> start("ops@example.test", ""))
			.withMessageContaining("PORTAL_ADMIN_PASSWORD is not set");
	}

	@Test
	void startWhenPasswordShorterThanTwelveThenRefusesWithoutShowingIt(CapturedOutput output) {
		assertThatExceptionOfType(FirstPlatformAdminRefusedException.class)
			.isThrownBy(() -> start("ops@example.test", "Tr0ub4dor&3"))
			.withMessageContaining("PORTAL_ADMIN_PASSWORD is too weak: it has fewer than 12 characters");

		assertThat(output).contains("APPLICATION FAILED TO START").doesNotContain("Tr0ub4dor&3");
	}

	@Test
	void startWhenPasswordIsTheEmailThenRefuses() {
		assertThatExceptionOfType(FirstPlatformAdminRefusedException.class)
			.isThrownBy(() -> start("operations@example.test", "Operations@Example.test"))
			.withMessageContaining("PORTAL_ADMIN_PASSWORD is too weak: it is the e-mail address");
	}

	@Test
	void startWhenEmailIsNotAnAddressThenRefuses() {
		assertThatExceptionOfType(FirstPlatformAdminRefusedException.class)
			.isThrownBy(() -> start("operations", "a long enough password"))
			.withMessageContaining("PORTAL_ADMIN_EMAIL (operations) is not an e-mail address");
	}

	private static void start(String email, String password) {
		new SpringApplicationBuilder(PartnerPortalApplication.class).registerShutdownHook(false)
			.run("--server.port=0", "--portal.demo-data=false",
					"--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
					"--portal.admin.email=" + email, "--portal.admin.password=" + password)
			.close();
	}

}
