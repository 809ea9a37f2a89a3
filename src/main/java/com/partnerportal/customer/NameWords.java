package com.partnerportal.customer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a company name as the customer search finds them: in lower case, split at
 * anything that is not a letter or a digit, so that "Contoso Iberia, S.L." is found by
 * "Iberia" as well as by "Contoso". The customer keeps them in
 * {@code customer_name_word}, whose index on the word turns a search for the start of any
 * word into one index range, as fast as a search for the start of the name.
 */
public final class NameWords {

	/** No word of a name is longer than the column: a name is at most this long. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameWords() {
	}

	/**
	 * @param text a company name, or a search
	 * @return its distinct words in lower case, in their order
	 */
	public static Set<String> of(String text) {
		return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty())
			.map((word) -> (word.length() > MAX_LENGTH) ? word.substring(0, MAX_LENGTH) : word)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
