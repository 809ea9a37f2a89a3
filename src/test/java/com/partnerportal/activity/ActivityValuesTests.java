package com.partnerportal.activity;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recorded values read out in words, in the reader's language and zone, from the bundles
 * the portal serves.
 */
class ActivityValuesTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private final ActivityValues english = new ActivityValues(MESSAGES, Locale.ENGLISH, MADRID);

	private final ActivityValues russian = new ActivityValues(MESSAGES, Locale.forLanguageTag("ru"), MADRID);

	private final ActivityValues spanish = new ActivityValues(MESSAGES, Locale.forLanguageTag("es"), MADRID);

	@Test
	void formatWhenCodeThenItsLabelInTheReadersLanguage() {
		assertThat(this.english.format("GLOBAL_ADMIN")).isEqualTo("Global admin");
		assertThat(this.russian.format("GLOBAL_ADMIN")).isEqualTo("Глобальный администратор");
		assertThat(this.spanish.format("US_GOVERNMENT")).isEqualTo("Nube del Gobierno de Estados Unidos");
		assertThat(this.english.format("WITHOUT_DELEGATED_ADMIN")).isEqualTo("Without delegated admin");
		assertThat(this.english.format("removed")).isEqualTo("Removed");
		assertThat(this.russian.format("removed")).isEqualTo("Удалено");
	}

	@Test
	void formatWhenUserAndRoleThenTheRoleInWords() {
		assertThat(this.english.format("ana@fabrikam.test: SALES_AGENT")).isEqualTo("ana@fabrikam.test: Sales agent");
		assertThat(this.spanish.format("ana@fabrikam.test: disabled")).isEqualTo("ana@fabrikam.test: Deshabilitado");
	}

	@Test
	void formatWhenRefusalThenTheReasonInWords() {
		assertThat(this.english.format("refused: NOT_PARTNER_OF_RECORD"))
			.isEqualTo("refused: not the partner of record");
		assertThat(this.russian.format("refused: NOT_PARTNER_OF_RECORD"))
			.isEqualTo("отказано: не зарегистрированный партнер");
		assertThat(this.english.format("partner in US_GOVERNMENT cloud, customer in PUBLIC cloud"))
			.isEqualTo("partner in the US Government cloud, customer in the Public cloud");
		assertThat(this.spanish.format("customer in ES, partner serves IT and EUROPE"))
			.isEqualTo("cliente en España; el partner atiende Italia y Europa");
		assertThat(this.russian.format("not a Global admin")).isEqualTo("не глобальный администратор");
		assertThat(this.english.format("ACTIVE_SUBSCRIPTIONS_AS_PARTNER_OF_RECORD: Office 365 E3, Visio"))
			.isEqualTo("active subscriptions as partner of record: Office 365 E3, Visio");
	}

	@Test
	void formatWhenSubscriptionChangeThenEachPartInWords() {
		assertThat(this.english.format("Office 365 E3 (subscription 12): 1500 seats"))
			.isEqualTo("Office 365 E3 (subscription 12): 1,500 seats");
		assertThat(this.spanish.format("Office 365 E3 (subscription 12): SUSPENDED"))
			.isEqualTo("Office 365 E3 (suscripción 12): Suspendida");
		assertThat(this.russian.format("Office 365 E3 (subscription 12): CANCEL"))
			.isEqualTo("Office 365 E3 (подписка 12): отменить");
		assertThat(this.english.format("Office 365 E3 (subscription 12): partner of record none"))
			.isEqualTo("Office 365 E3 (subscription 12): partner of record: Nobody");
		assertThat(this.english.format("Office 365 E3 (subscription 12): Exchange Online Archiving x 3"))
			.isEqualTo("Office 365 E3 (subscription 12): Exchange Online Archiving \u00d7 3");
		assertThat(this.russian.format("Office 365: delegated admin"))
			.isEqualTo("Office 365: делегированное администрирование");
	}

	@Test
	void formatWhenInstantThenDateAndTimeInTheReadersZoneAndLanguage() {
		String english = this.english.format("2026-12-07T08:26:20.335617Z");
		String russian = this.russian.format("2026-12-07T08:26:20.335617Z");

		assertThat(english).contains("Dec").contains("2026").contains("9:26:20").doesNotContain("T08");
		assertThat(russian).contains("дек").contains("2026").contains("9:26:20").doesNotContain("T08");
	}

	@Test
	void formatWhenUnknownOrLegacyValueThenAsRecorded() {
		assertThat(this.english.format("SOME_RETIRED_CODE")).isEqualTo("SOME_RETIRED_CODE");
		assertThat(this.english.format("it's {0} 'quoted'")).isEqualTo("it's {0} 'quoted'");
		assertThat(this.english.format("2026-13-45T99:99:99Z")).isEqualTo("2026-13-45T99:99:99Z");
		assertThat(this.english.format("Contoso Iberia")).isEqualTo("Contoso Iberia");
		assertThat(this.english.format(null)).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/common", "messages/users", "messages/subscriptions", "messages/activity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
