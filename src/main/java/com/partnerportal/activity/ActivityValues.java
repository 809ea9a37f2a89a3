package com.partnerportal.activity;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import com.partnerportal.shared.Countries;

/**
 * Reads a recorded old or new value out in words, in the reader's language and time zone.
 * Features record machine values, some of them inside a short English frame
 * ({@code "Office 365 (subscription 7): 10 seats"},
 * {@code "refused: NOT_PARTNER_OF_RECORD"},
 * {@code "partner in US_GOVERNMENT cloud, customer in PUBLIC cloud"}); each frame is a
 * {@link Shape} whose parts are read out in turn, by the kind of value each part is:
 * <ul>
 * <li>a code such as {@code GLOBAL_ADMIN} by its label, looked up as
 * {@code activity.value.<CODE>} and then as the portal's own label of that kind of code
 * (clouds, regions, partner roles, subscription states);</li>
 * <li>an ISO-8601 instant as a date and time in the reader's zone and language;</li>
 * <li>a whole number in the reader's digits;</li>
 * <li>a name (customer, partner, offer, e-mail) as recorded.</li>
 * </ul>
 * A value of no known shape, or a code with no label, is shown as recorded: an entry of a
 * retired feature still reads, and never fails. One instance serves one page or one
 * export, on one thread.
 */
final class ActivityValues {

	/** Only values that look like a code can have a label; names and e-mails cannot. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** Lower-case words features record as values, such as {@code removed}. */
	private static final Pattern WORD = Pattern.compile("removed|enabled|disabled|none");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[0-9:.]*Z");

	/**
	 * Where else a code's label may be: the labels the portal shows for these codes on
	 * its other pages, so that the log says the same.
	 */
	private static final List<String> CODE_LABELS = List.of("activity.value.", "cloud.", "region.", "partnerRole.",
			"subscriptions.status.");

	/** Codes are few; the bound only guards against a log full of upper-case values. */
	private static final int MAX_CACHED = 500;

	/**
	 * The frames features record values in, most specific first. Each names its message,
	 * {@code activity.value.shape.<key>}, and the kind of each of its parts, in order.
	 */
	private static final List<Shape> SHAPES = List.of(
			new Shape("subscriptionChange", "(.+ \\(subscription \\d+\\)): (.+)", Kind.VALUE, Kind.VALUE),
			new Shape("subscription", "(.+) \\(subscription (\\d+)\\)", Kind.NAME, Kind.NUMBER),
			new Shape("seats", "(\\d+) seats", Kind.NUMBER),
			new Shape("partnerOfRecord", "partner of record (.+)", Kind.VALUE),
			new Shape("supportContact", "support contact (.+)", Kind.VALUE),
			new Shape("refused", "refused: (.+)", Kind.VALUE),
			new Shape("delegatedAdmin", "(.+): delegated admin", Kind.NAME),
			new Shape("holder", "(.+): (.+) \\(partner (\\d+)\\)", Kind.NAME, Kind.NAME, Kind.NUMBER),
			new Shape("notGlobalAdmin", "not a Global admin"),
			new Shape("clouds", "partner in (\\S+) cloud, customer in (\\S+) cloud", Kind.VALUE, Kind.VALUE),
			new Shape("territory", "customer in (\\S+), partner serves (\\S+) and (\\S+)", Kind.COUNTRY, Kind.COUNTRY,
					Kind.VALUE),
			new Shape("quantity", "(.+) x (\\d+)", Kind.NAME, Kind.NUMBER),
			new Shape("nobody", "(.+): (none)", Kind.NAME, Kind.VALUE),
			new Shape("coded", "([A-Z][A-Z0-9_]*): (.+)", Kind.VALUE, Kind.NAME),
			new Shape("user", "([^\\s:]+@[^\\s:]+): (.+)", Kind.NAME, Kind.VALUE));

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter dateTime;

	/** Labels looked up so far: an export asks for the same few a million times. */
	private final Map<String, String> labels = new HashMap<>();

	/**
	 * @param messages the labels
	 * @param locale the reader's language
	 * @param zone the reader's time zone
	 */
	ActivityValues(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(zone);
	}

	/**
	 * @param value a recorded value, or {@code null}
	 * @return the value in words, or an empty text for {@code null}
	 */
	String format(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return read(value, Kind.VALUE);
	}

	private String read(String value, Kind kind) {
		return switch (kind) {
			case NAME -> value;
			case NUMBER -> number(value);
			case COUNTRY -> country(value);
			case VALUE -> value(value);
		};
	}

	private String value(String value) {
		if (CODE.matcher(value).matches() || WORD.matcher(value).matches()) {
			return code(value);
		}
		if (NUMBER.matcher(value).matches()) {
			return number(value);
		}
		if (INSTANT.matcher(value).matches()) {
			return instant(value);
		}
		for (Shape shape : SHAPES) {
			Matcher matcher = shape.pattern().matcher(value);
			if (matcher.matches()) {
				Object[] parts = new Object[shape.parts().size()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = read(matcher.group(i + 1), shape.parts().get(i));
				}
				return shape(shape, parts, value);
			}
		}
		return value;
	}

	private String shape(Shape shape, Object[] parts, String value) {
		try {
			return this.messages.getMessage("activity.value.shape." + shape.key(), parts, this.locale);
		}
		catch (NoSuchMessageException ex) {
			// Not as a default message: that would be read as a pattern, braces and all.
			return value;
		}
	}

	private String code(String code) {
		if (this.labels.size() >= MAX_CACHED && !this.labels.containsKey(code)) {
			return label(code);
		}
		return this.labels.computeIfAbsent(code, this::label);
	}

	private String label(String code) {
		for (String prefix : CODE_LABELS) {
			try {
				return this.messages.getMessage(prefix + code, null, this.locale);
			}
			catch (NoSuchMessageException ex) {
				// Not a code of this kind; the next kind may know it.
			}
		}
		return code;
	}

	private String number(String digits) {
		try {
			return NumberFormat.getIntegerInstance(this.locale).format(Long.parseLong(digits));
		}
		catch (NumberFormatException ex) {
			return digits;
		}
	}

	private String instant(String text) {
		try {
			return this.dateTime.format(Instant.parse(text));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	private String country(String code) {
		return Countries.isKnown(code) ? Countries.displayName(code, this.locale) : code;
	}

	/**
	 * The kind of a value or of a part of one, which says how it reads.
	 */
	private enum Kind {

		/** Anything recorded, itself read by its shape. */
		VALUE,
		/** A name, shown as recorded. */
		NAME,
		/** A whole number. */
		NUMBER,
		/** An ISO 3166 country code. */
		COUNTRY

	}

	/**
	 * A frame a feature records a value in.
	 *
	 * @param key the message {@code activity.value.shape.<key>}, whose arguments are the
	 * parts
	 * @param pattern the frame, with a group for each part
	 * @param parts the kind of each part
	 */
	private record Shape(String key, Pattern pattern, List<Kind> parts) {

		Shape(String key, String regex, Kind... parts) {
			this(key, Pattern.compile(regex), List.of(parts));
		}

	}

}
