package com.partnerportal.activity;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The words for actions and recorded values in the reader's language, shared by the page
 * and the export so that both say the same. An action reads as its
 * {@code activity.action.<NAME>} label; a value as {@link ActivityValues} reads it out. A
 * missing label shows the code rather than failing, so that an entry of a retired action
 * still reads. One instance serves one page or one export, on one thread.
 */
public final class ActivityLabels {

	// The methods are public because templates call them.

	private final MessageSource messages;

	/**
	 * Labels looked up so far. An export asks for the same few labels a million times;
	 * the message source's lookups, and its retries of bundles it could not find, would
	 * dominate the export's time.
	 */
	private final Map<String, String> labels = new HashMap<>();

	private final Locale locale;

	private final ActivityValues values;

	public ActivityLabels(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.values = new ActivityValues(messages, locale, zone);
	}

	public String action(String name) {
		return this.labels.computeIfAbsent("activity.action." + name,
				(key) -> this.messages.getMessage(key, null, name, this.locale));
	}

	public String value(@Nullable String value) {
		return this.values.format(value);
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
