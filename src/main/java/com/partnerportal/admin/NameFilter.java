package com.partnerportal.admin;

import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.LikePatterns;

/**
 * A filter on a name as typed in a search box: the start of the name, ignoring case, on
 * the relationships page (a prefix can use an index), the text anywhere in the name on
 * the partners page (a few hundred rows). The text is used as a SQL {@code like} pattern,
 * so its own wildcards are escaped: typing {@code %} looks for a percent sign.
 *
 * @param text the text typed, stripped; empty when there is no filter
 */
public record NameFilter(String text) {

	/** Longer input is cut: no name is longer than the column. */
	static final int MAX_LENGTH = 200;

	public static NameFilter of(@Nullable String text) {
		String stripped = (text != null) ? text.strip() : "";
		return new NameFilter((stripped.length() > MAX_LENGTH) ? stripped.substring(0, MAX_LENGTH) : stripped);
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	/**
	 * @return the prefix pattern for {@code lower(name) like :pattern escape '!'}
	 */
	public String pattern() {
		return LikePatterns.startingWith(this.text);
	}

}
