package com.partnerportal.preferences.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.account.AccountPreferences;
import com.partnerportal.security.PortalUser;
import com.partnerportal.web.FlashMessages;
import com.partnerportal.web.PortalTime;
import com.partnerportal.web.SupportedLanguages;

/**
 * The settings page: the portal's language and the time zone of every time it shows,
 * stored on the account.
 */
@Controller
@RequestMapping("/account/preferences")
class PreferencesController {

	private static final String VIEW = "preferences/form";

	private final AccountPreferences preferences;

	private final LocaleResolver localeResolver;

	private final PortalTime time;

	private final Clock clock;

	PreferencesController(AccountPreferences preferences, LocaleResolver localeResolver, PortalTime time, Clock clock) {
		this.preferences = preferences;
		this.localeResolver = localeResolver;
		this.time = time;
		this.clock = clock;
	}

	@ModelAttribute("timeZoneGroups")
	List<TimeZones.Group> timeZoneGroups() {
		return TimeZones.grouped(this.clock.instant());
	}

	@GetMapping
	String editForm(Locale locale, Model model) {
		model.addAttribute("preferencesForm", new PreferencesForm(locale.toLanguageTag(), this.time.zone().getId()));
		return VIEW;
	}

	@PostMapping
	String update(@AuthenticationPrincipal PortalUser user, @Valid PreferencesForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var language = SupportedLanguages.match(form.language());
		if (language.isEmpty()) {
			result.rejectValue("language", "preferences.language.invalid");
		}
		if (!TimeZones.isValid(form.timeZone())) {
			result.rejectValue("timeZone", "preferences.timeZone.invalid");
		}
		if (result.hasErrors() || language.isEmpty() || form.timeZone() == null) {
			return VIEW;
		}
		// The next request's signed-in user is read from the account, with the new zone.
		this.preferences.change(user.userId(), language.get().toLanguageTag(), form.timeZone());
		this.localeResolver.setLocale(request, response, language.get());
		FlashMessages.confirm(redirect, "preferences.saved");
		return "redirect:/account/preferences";
	}

}
