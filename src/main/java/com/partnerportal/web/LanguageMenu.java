package com.partnerportal.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the entries of the language menu in its header: each a link to the
 * same page in another language. Views rendered by an exception handler get no model
 * attributes, so such handlers add the menu themselves from this bean.
 */
@ControllerAdvice
public class LanguageMenu {

	/**
	 * @return the menu's entries for the current request
	 */
	@ModelAttribute("languages")
	public List<Language> languages() {
		Locale current = LocaleContextHolder.getLocale();
		ServletUriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest();
		return SupportedLanguages.ALL.stream()
			.map((locale) -> new Language(locale.toLanguageTag(),
					here.cloneBuilder()
						.replaceQueryParam(LanguageConfiguration.PARAMETER, locale.toLanguageTag())
						.toUriString(),
					locale.getLanguage().equals(current.getLanguage())))
			.toList();
	}

	/**
	 * One entry of the language menu.
	 *
	 * @param tag the language tag, which also names the entry's message key
	 * {@code language.<tag>}
	 * @param url the current page in that language
	 * @param current whether the page is in that language now
	 */
	public record Language(String tag, String url, boolean current) {
	}

}
