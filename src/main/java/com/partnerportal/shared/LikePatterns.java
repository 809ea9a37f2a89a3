package com.partnerportal.shared;

import java.util.Locale;

/**
 * Turns text typed in a search box into a SQL {@code like} pattern that finds it
 * literally: its own wildcards are escaped, so typing {@code %} looks for a percent sign.
 * Queries use it as {@code lower(column) like :pattern escape '!'}.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/**
	 * @param text the text typed
	 * @return a pattern matching any lower-case value that contains the text in lower
	 * case
	 */
	public static String containing(String text) {
		return "%" + escaped(text) + "%";
	}

	/**
	 * A prefix pattern, which a database can answer from an ordered index instead of
	 * reading every row.
	 * @param text the text typed
	 * @return a pattern matching any lower-case value that starts with the text in lower
	 * case
	 */
	public static String startingWith(String text) {
		return escaped(text) + "%";
	}

	private static String escaped(String text) {
		return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
