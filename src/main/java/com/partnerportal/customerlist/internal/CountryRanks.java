package com.partnerportal.customerlist.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.partnerportal.shared.Countries;

/**
 * The order of the countries by their names in the reader's language, as a JPQL
 * expression: the database stores the two-letter code, whose order (BE, DE, ES, FR) is
 * not the names' (Belgium, France, Germany, Spain; in Spanish Alemania, Bélgica, España,
 * Francia). The expression maps each of the ~250 codes to its rank under the reader's
 * {@link java.text.Collator}, so that the list can page by cursor on (rank, name, id).
 * The codes come from the JDK, never from a request, so nothing typed reaches the query.
 */
public final class CountryRanks {

	/** After every known country: a code the JDK does not know sorts last. */
	private static final int UNKNOWN = 9_999;

	/** The portal's five languages and a few more; beyond that, built per request. */
	private static final int CACHED_LOCALES = 20;

	private static final Map<Locale, CountryRanks> CACHE = new ConcurrentHashMap<>();

	private final List<String> codesInOrder;

	private CountryRanks(Locale locale) {
		this.codesInOrder = Countries.all(locale).stream().map(Countries.Country::code).toList();
	}

	public static CountryRanks of(Locale locale) {
		CountryRanks cached = CACHE.get(locale);
		if (cached != null) {
			return cached;
		}
		CountryRanks ranks = new CountryRanks(locale);
		if (CACHE.size() < CACHED_LOCALES) {
			CACHE.put(locale, ranks);
		}
		return ranks;
	}

	/**
	 * @param codes country codes
	 * @return those codes in the order of the countries' names; a code the JDK does not
	 * know after every known one, by its code
	 */
	public List<String> inOrder(Collection<String> codes) {
		Map<String, Integer> ranks = IntStream.range(0, this.codesInOrder.size())
			.boxed()
			.collect(Collectors.toMap(this.codesInOrder::get, (rank) -> rank, (a, b) -> a));
		return codes.stream()
			.sorted(Comparator.comparing((String code) -> ranks.getOrDefault(code, UNKNOWN))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	/**
	 * @param country a JPQL path to a country code, such as {@code c.country}
	 * @return the country's rank by name: {@code case c.country when 'DE' then 0 ... end}
	 */
	public String of(String country) {
		return IntStream.range(0, this.codesInOrder.size())
			.mapToObj((rank) -> " when '" + this.codesInOrder.get(rank) + "' then " + rank)
			.collect(Collectors.joining("", "case " + country, " else " + UNKNOWN + " end"));
	}

}
