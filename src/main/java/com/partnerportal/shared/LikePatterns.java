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
		String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

}
