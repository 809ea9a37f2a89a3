package com.partnerportal.preferences;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the settings page submits.
 *
 * @param language a language tag from the menu
 * @param timeZone a time-zone id from the list
 */
record PreferencesForm(@NotBlank @Size(max = 20) @Nullable String language,
		@NotBlank @Size(max = 60) @Nullable String timeZone) {

}
