package com.partnerportal.customer;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One word of a company name (see {@link NameWords}), with the whole name in lower case
 * beside it, so that the index on the words lists the customers a search finds in the
 * order of their names (V16).
 */
@Embeddable
public class NameWord {

	@Column(name = "word")
	private String word;

	@Column(name = "name_key")
	private String nameKey;

	protected NameWord() {
	}

	NameWord(String word, String companyName) {
		this.word = word;
		this.nameKey = nameKey(companyName);
	}

	/**
	 * @param companyName a company name
	 * @return the name as the lists sort it: in lower case, as {@code customer.name_key}
	 * holds it
	 */
	public static String nameKey(String companyName) {
		return companyName.toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof NameWord that && this.word.equals(that.word) && this.nameKey.equals(that.nameKey);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.word, this.nameKey);
	}

}
