package com.partnerportal.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

import com.partnerportal.account.AccountPreferences;
import com.partnerportal.security.PortalUser;

/**
 * Decides the language of each page: the choice made in this browser (a cookie), else the
 * one stored on the signed-in account, else the browser's Accept-Language, else English.
 * A choice from the language menu sets the cookie and, for a signed-in user, is stored on
 * the account.
 */
class PortalLocaleResolver implements LocaleResolver {

	static final String COOKIE = "portal-language";

	/**
	 * The choice made on this very request, which its own cookie cannot show until the
	 * next one.
	 */
	private static final String CHOSEN = PortalLocaleResolver.class.getName() + ".chosen";

	private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

	private final AccountPreferences preferences;

	PortalLocaleResolver(AccountPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return SupportedLanguages.match((cookie != null) ? cookie.getValue() : null)
			.or(() -> signedInUser().flatMap((user) -> SupportedLanguages.match(user.locale())))
			.or(() -> fromAcceptLanguage(request))
			.orElse(Locale.ENGLISH);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Optional<Locale> supported = SupportedLanguages.match((locale != null) ? locale.toLanguageTag() : null);
		if (supported.isEmpty()) {
			// An empty or unknown ?lang= in a hand-edited link changes nothing: neither
			// the page's language nor the account's stored choice.
			return;
		}
		Locale chosen = supported.get();
		request.setAttribute(CHOSEN, chosen);
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
			cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
			cookie.setMaxAge(COOKIE_MAX_AGE);
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		signedInUser().ifPresent((user) -> this.preferences.changeLanguage(user.userId(), chosen.toLanguageTag()));
	}

	private static Optional<Locale> fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		return Collections.list(request.getLocales())
			.stream()
			.map((locale) -> SupportedLanguages.match(locale.toLanguageTag()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static Optional<PortalUser> signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof PortalUser user) ? Optional.of(user)
				: Optional.empty();
	}

}
