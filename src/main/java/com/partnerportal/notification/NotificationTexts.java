package com.partnerportal.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification's facts as text in a reader's language and time zone, from the
 * message bundles; the page and the e-mail say the same.
 */
@Component
class NotificationTexts {

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(NotificationFacts facts, Locale language, ZoneId zone) {
		String key = "notification." + facts.kind() + ((facts.variant() != null) ? "." + facts.variant() : "");
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(language)
			.withZone(zone)
			.format(facts.occurredAt());
		Object[] arguments = { orEmpty(facts.partnerName()), orEmpty(facts.customerName()), orEmpty(facts.subject()),
				value(facts.kind(), facts.oldValue(), language), value(facts.kind(), facts.newValue(), language),
				orEmpty(facts.actorName()), when };
		return this.messages.getMessage(key, arguments, language);
	}

	String message(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	private String value(NotificationKind kind, @Nullable String value, Locale language) {
		if (value != null && kind.valuesAreRoles()) {
			return this.messages.getMessage("partnerRole." + value, null, language);
		}
		return orEmpty(value);
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
