package com.partnerportal.activity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The words for actions and recorded values in the reader's language, shared by the page
 * and the export so that both say the same. An action reads as its
 * {@code activity.action.<NAME>} label; a value as its {@code activity.value.<VALUE>}
 * label when it is one of the codes features record (such as
 * {@code WITH_DELEGATED_ADMIN}), otherwise as recorded. A missing label shows the code
 * rather than failing, so that an entry of a retired action still reads.
 */
final class ActivityLabels {

	// The methods are public because templates call them.

	private final MessageSource messages;

	private final Locale locale;

	ActivityLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String action(String name) {
		return this.messages.getMessage("activity.action." + name, null, name, this.locale);
	}

	public String value(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return this.messages.getMessage("activity.value." + value, null, value, this.locale);
	}

	/**
	 * @return "old → new", only the new value when there was none before, and "old → —"
	 * when nothing is left after
	 */
	public String change(@Nullable String oldValue, @Nullable String newValue) {
		if (oldValue == null) {
			return value(newValue);
		}
		String after = (newValue != null) ? value(newValue) : message("activity.change.none");
		return this.messages.getMessage("activity.change", new Object[] { value(oldValue), after }, this.locale);
	}

	public String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
