package com.partnerportal.preferences.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import com.partnerportal.notification.NotificationKind;
import com.partnerportal.notification.NotificationMailChoices;
import com.partnerportal.security.PortalUser;
import com.partnerportal.web.FlashMessages;
import com.partnerportal.web.PortalTime;
import com.partnerportal.web.SupportedLanguages;

/**
 * The settings page: the portal's language and the time zone of every time it shows,
 * stored on the account, and which kinds of notification also come by e-mail.
 */
@Controller
@RequestMapping("/account/preferences")
class PreferencesController {

	private static final String VIEW = "preferences/form";

	private final AccountPreferences preferences;

	private final LocaleResolver localeResolver;

	private final PortalTime time;

	private final Clock clock;

	private final NotificationMailChoices mailChoices;

	PreferencesController(AccountPreferences preferences, LocaleResolver localeResolver, PortalTime time, Clock clock,
			NotificationMailChoices mailChoices) {
		this.preferences = preferences;
		this.localeResolver = localeResolver;
		this.time = time;
		this.clock = clock;
		this.mailChoices = mailChoices;
	}

	@ModelAttribute("notificationKinds")
	NotificationKind[] notificationKinds() {
		return NotificationKind.values();
	}

	@ModelAttribute("mailedKinds")
	Set<NotificationKind> mailedKinds(@AuthenticationPrincipal PortalUser user) {
		return this.mailChoices.mailed(user.userId());
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

	/**
	 * Saves which kinds come by e-mail; the kinds not ticked still appear in the portal.
	 * A value that is not a kind (only a forged form sends one) is refused with the page.
	 */
	@PostMapping("/notifications")
	String updateMail(@AuthenticationPrincipal PortalUser user, NotificationMailForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("preferencesForm",
					new PreferencesForm(locale.toLanguageTag(), this.time.zone().getId()));
			model.addAttribute("mailError", "preferences.mail.invalid");
			return VIEW;
		}
		this.mailChoices.choose(user.userId(), form.mailedKinds());
		FlashMessages.confirm(redirect, "preferences.mail.saved");
		return "redirect:/account/preferences";
	}

}
