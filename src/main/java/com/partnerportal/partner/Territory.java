package com.partnerportal.partner;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;

import com.partnerportal.shared.Countries;
import com.partnerportal.shared.Region;

/**
 * Where a partner may find customers: its own country and every country of its region or
 * market. A customer elsewhere cannot enter a relationship with it.
 *
 * @param homeCountry the ISO code of the partner's own country
 * @param region the partner's region or market
 * @param countries the ISO codes of every country served, the home country included
 */
public record Territory(String homeCountry, Region region, Set<String> countries) {

	public Territory {
		Set<String> served = new HashSet<>(countries);
		served.add(homeCountry);
		countries = Set.copyOf(served);
	}

	/**
	 * @param country the ISO code of a customer's country
	 * @return whether the partner may enter a relationship with a customer there
	 */
	public boolean serves(String country) {
		return this.countries.contains(country);
	}

	/**
	 * @param locale the reader's locale
	 * @return the names of every country served, in that locale's alphabetical order
	 */
	public List<String> countryNames(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.countries.stream()
			.map((code) -> Countries.displayName(code, locale))
			.sorted(Comparator.comparing((String name) -> name, collator))
			.toList();
	}

	/**
	 * @param locale the reader's locale
	 * @return the names of every country served, joined for a sentence
	 */
	public String countryList(Locale locale) {
		return String.join(", ", countryNames(locale));
	}

}
