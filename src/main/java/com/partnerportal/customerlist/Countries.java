package com.partnerportal.customerlist;

import java.util.Locale;

/**
 * Country names for the ISO 3166 codes the database stores, in the reader's language.
 */
final class Countries {

	private Countries() {
	}

	/**
	 * @param code a two-letter country code
	 * @param locale the reader's locale
	 * @return the country's name, or the code itself when Java does not know it
	 */
	static String displayName(String code, Locale locale) {
		// Locale.of(...) needs Java 19; this constructor is its Java 17 equivalent.
		String name = new Locale("", code).getDisplayCountry(locale);
		return name.isEmpty() ? code : name;
	}

}
