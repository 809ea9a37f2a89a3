package com.partnerportal.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ISO 3166 countries an organisation can be in, named in the reader's language. The
 * database stores only the two-letter code, so names follow the reader, not the writer;
 * the JDK knows the countries, so no table is needed.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	/**
	 * @param code a two-letter country code, possibly not a valid one
	 * @return whether it is an ISO 3166 country code
	 */
	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	/**
	 * @param code a two-letter country code
	 * @param locale the reader's locale
	 * @return the country's name in that locale, or the code itself if the JDK does not
	 * know it
	 */
	public static String displayName(String code, Locale locale) {
		try {
			String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
			return name.isBlank() ? code : name;
		}
		catch (IllformedLocaleException ex) {
			return code;
		}
	}

	/**
	 * @param locale the reader's locale
	 * @return every country, sorted by its name in that locale, for a select box
	 */
	public static List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map((code) -> new Country(code, displayName(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/**
	 * A country as a select box offers it.
	 *
	 * @param code the ISO 3166 two-letter code
	 * @param name the name in the reader's locale
	 */
	public record Country(String code, String name) {

	}

}
