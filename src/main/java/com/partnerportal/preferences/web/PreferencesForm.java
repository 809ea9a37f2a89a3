package com.partnerportal.preferences.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the settings page submits.
 *
 * @param language a language tag from the menu
 * @param timeZone a time-zone id from the list
 */
record PreferencesForm(
		@NotBlank(message = "{preferences.language.invalid}") @Size(max = 20,
				message = "{preferences.language.invalid}") @Nullable String language,
		@NotBlank(message = "{preferences.timeZone.invalid}") @Size(max = 60,
				message = "{preferences.timeZone.invalid}") @Nullable String timeZone) {

}
