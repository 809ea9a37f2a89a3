package com.partnerportal.activity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The words for actions and recorded values in the reader's language, shared by the page
 * and the export so that both say the same. An action reads as its
 * {@code activity.action.<NAME>} label; a value as its {@code activity.value.<VALUE>}
 * label when it is one of the codes features record (such as
 * {@code WITH_DELEGATED_ADMIN}), otherwise as recorded. A missing label shows the code
 * rather than failing, so that an entry of a retired action still reads. One instance
 * serves one page or one export, on one thread.
 */
final class ActivityLabels {

	// The methods are public because templates call them.

	/** Only values that look like a code can have a label; names and e-mails cannot. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** Codes are few; the bound only guards against a log full of upper-case values. */
	private static final int MAX_CACHED = 500;

	private final MessageSource messages;

	/**
	 * Labels looked up so far. An export asks for the same few labels a million times;
	 * the message source's lookups, and its retries of bundles it could not find, would
	 * dominate the export's time.
	 */
	private final Map<String, String> labels = new HashMap<>();

	private final Locale locale;

	ActivityLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String action(String name) {
		return this.labels.computeIfAbsent("activity.action." + name,
				(key) -> this.messages.getMessage(key, null, name, this.locale));
	}

	public String value(@Nullable String value) {
		if (value == null) {
			return "";
		}
		if (!CODE.matcher(value).matches() || this.labels.size() >= MAX_CACHED) {
			return value;
		}
		return this.labels.computeIfAbsent("activity.value." + value,
				(key) -> this.messages.getMessage(key, null, value, this.locale));
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
