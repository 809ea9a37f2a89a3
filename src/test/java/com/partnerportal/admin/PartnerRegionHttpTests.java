package com.partnerportal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's region must hold its country, over real HTTP with the platform admin signed
 * in through the sign-in form.
 */
// The partner created here stays in the shared context, under a name no other test uses.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnerRegionHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void newPartnerWhenTheRegionDoesNotHoldTheCountryThenFormErrorInTheAdminsLanguageAndNothingCreated() {
		PortalHttpClient admin = new PortalHttpClient("http://localhost:" + this.port, "it")
			.signIn(DemoAccounts.PLATFORM_ADMIN, "demo-password");
		long partnersBefore = count("partner");
		long entriesBefore = count("activity_log");

		Page refused = admin.post("/admin/partners",
				admin.get("/admin/partners/new").formWith(partner("Milano Cloud", "IT", "NORTH_AMERICA")));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
		assertThat(refused.body()).contains("Il Paese che hai scelto non è in questa regione.");
		assertThat(count("partner")).isEqualTo(partnersBefore);
		assertThat(count("activity_log")).isEqualTo(entriesBefore);

		Page created = admin.post("/admin/partners",
				admin.get("/admin/partners/new").formWith(partner("Milano Cloud", "IT", "EUROPE")));

		assertThat(created.status()).isEqualTo(302);
		assertThat(this.jdbc.sql("select region from partner where name = 'Milano Cloud'").query(String.class).single())
			.isEqualTo("EUROPE");
	}

	private static Map<String, String> partner(String name, String country, String region) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("country", country);
		fields.put("region", region);
		fields.put("cloud", "PUBLIC");
		fields.put("cspMember", "true");
		fields.put("adminName", "Marta Rossi");
		fields.put("adminEmail", "marta@milano-cloud.test");
		fields.put("password", "a-long-enough-password");
		fields.put("passwordConfirmation", "a-long-enough-password");
		return fields;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
