package com.partnerportal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the entries of the language menu in its header: each a link to the
 * same page in another language. Views rendered by an exception handler get no model
 * attributes: the layout then asks this bean itself, so that every error page has the
 * menu too.
 */
@ControllerAdvice
public class LanguageMenu {

	/**
	 * @return the menu's entries for the current request
	 */
	@ModelAttribute("languages")
	public List<Language> languages() {
		return languages(ServletUriComponentsBuilder.fromCurrentRequest(), LocaleContextHolder.getLocale());
	}

	/**
	 * For a page rendered outside Spring MVC's request handling, where neither the
	 * request nor its locale is bound to the thread.
	 * @param request the request the page answers
	 * @param current the page's language
	 * @return the menu's entries for that request
	 */
	public List<Language> languages(HttpServletRequest request, Locale current) {
		return languages(ServletUriComponentsBuilder.fromRequest(request), current);
	}

	/**
	 * Each entry is the address of the request in another language. A page reached by a
	 * form's POST is linked at the address the form was posted to, read with GET: so such
	 * a form carries whatever names its page (which invitation, which customer) in its
	 * action's query, not in hidden fields, or the language links would lose it.
	 */
	private static List<Language> languages(ServletUriComponentsBuilder here, Locale current) {
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
