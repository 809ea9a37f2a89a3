package com.partnerportal.preferences;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The time zone list of the Settings page, over real HTTP signed in through the sign-in
 * form: UTC first and chosen for people on the portal's default, the other zones grouped
 * by region with their offset and city.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TimeZoneChoiceHttpTests {

	private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]+)\"[^>]*>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Object> platformAdminSettings = Map.of();

	@BeforeEach
	void rememberThePlatformAdminsSettings() {
		this.platformAdminSettings = this.jdbc.sql("select locale, time_zone from user_account where email = ?")
			.param(DemoAccounts.PLATFORM_ADMIN)
			.query()
			.singleRow();
	}

	/**
	 * The context is shared: the language and zone saved here would otherwise meet other
	 * tests that sign in as the platform admin.
	 */
	@AfterEach
	void restoreThePlatformAdminsSettings() {
		this.jdbc.sql("update user_account set locale = ?, time_zone = ? where email = ?")
			.params(this.platformAdminSettings.get("locale"), this.platformAdminSettings.get("time_zone"),
					DemoAccounts.PLATFORM_ADMIN)
			.update();
	}

	@Test
	void settingsWhenOnTheDefaultZoneThenUtcIsFirstAndChosenAndTheOthersAreGroupedByRegion() {
		PortalHttpClient adatum = client("es").signIn(DemoAccounts.ADATUM_ADMIN, "demo-password");

		Page settings = adatum.get("/account/preferences");

		assertThat(settings.status()).isEqualTo(200);
		String zones = settings.body().substring(settings.body().indexOf("name=\"timeZone\""));
		Matcher first = OPTION.matcher(zones);
		assertThat(first.find()).isTrue();
		assertThat(first.group(1)).isEqualTo("UTC");
		assertThat(first.group()).contains("selected");
		assertThat(zones).contains("(UTC) Tiempo universal coordinado", "<optgroup label=\"Europa\">",
				"<optgroup label=\"Océano Pacífico\">", ">" + label("Europe/Madrid", "Madrid") + "<",
				">" + label("America/Indiana/Indianapolis", "Indianapolis (Indiana)") + "<");
		assertThat(zones.indexOf("<optgroup label=\"África\">"))
			.isLessThan(zones.indexOf("<optgroup label=\"Europa\">"));
		assertThat(zones.substring(0, zones.indexOf("</select>"))).doesNotContain("Africa/Abidjan\" selected");
	}

	@Test
	void settingsWhenUtcIsChosenThenSavedAndShownChosen() {
		PortalHttpClient admin = client("en").signIn(DemoAccounts.PLATFORM_ADMIN, "demo-password");
		Page form = admin.get("/account/preferences");

		Page saved = admin.post("/account/preferences", form.formWith(Map.of("language", "en", "timeZone", "UTC")));

		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("select time_zone from user_account where email = ?")
			.param(DemoAccounts.PLATFORM_ADMIN)
			.query(String.class)
			.single()).isEqualTo("UTC");
		assertThat(admin.get("/account/preferences").body()).containsPattern("<option[^>]*value=\"UTC\"[^>]*selected");
	}

	private static String label(String id, String city) {
		String offset = ZoneId.of(id).getRules().getOffset(Instant.now()).getId();
		return "(UTC" + ("Z".equals(offset) ? "" : offset) + ") " + city;
	}

	private PortalHttpClient client(String language) {
		return new PortalHttpClient("http://localhost:" + this.port, language);
	}

}
