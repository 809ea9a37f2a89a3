package com.partnerportal.admin;

import java.text.Collator;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The ISO 3166 countries with their names in the reader's language, for the country
 * select and the partners list. The JDK knows them, so no table is needed.
 */
final class Countries {

	private Countries() {
	}

	/**
	 * @param locale the reader's locale
	 * @return every country, sorted by its name in that locale
	 */
	static List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map((code) -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/**
	 * @param code an ISO 3166 two-letter code
	 * @param locale the reader's locale
	 * @return the country's name, or the code itself if the JDK does not know it
	 */
	static String name(String code, Locale locale) {
		try {
			String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
			return name.isBlank() ? code : name;
		}
		catch (IllformedLocaleException ex) {
			return code;
		}
	}

	/**
	 * A country as a select offers it.
	 *
	 * @param code the ISO 3166 two-letter code
	 * @param name the name shown
	 */
	record Country(String code, String name) {
	}

}
