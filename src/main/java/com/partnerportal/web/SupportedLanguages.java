package com.partnerportal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages the portal is written in. English is the default and the fallback for any
 * other request.
 */
public final class SupportedLanguages {

	/** In menu order. */
	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
			Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("it"), Locale.forLanguageTag("ru"));

	private SupportedLanguages() {
	}

	/**
	 * @param tag a language tag from a cookie, a profile or a link, possibly of an
	 * unsupported language
	 * @return the supported language it names: an exact match, else the same language (so
	 * {@code pt-PT} gives Brazilian Portuguese, {@code es-MX} Spanish), else empty
	 */
	public static Optional<Locale> match(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		Locale wanted = Locale.forLanguageTag(tag.replace('_', '-'));
		return ALL.stream()
			.filter((locale) -> locale.equals(wanted))
			.findFirst()
			.or(() -> ALL.stream().filter((locale) -> locale.getLanguage().equals(wanted.getLanguage())).findFirst());
	}

}
