package com.partnerportal.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/Redirect/Get confirmations. Only message keys travel through the flash, so every
 * confirmation is translated like any other text.
 */
public final class FlashMessages {

	private FlashMessages() {
	}

	/**
	 * @param attributes the redirect's attributes
	 * @param messageKey the key of the confirmation to show after the redirect
	 * @param arguments values for the message's placeholders
	 */
	public static void confirm(RedirectAttributes attributes, String messageKey, Object... arguments) {
		attributes.addFlashAttribute("flashMessage", messageKey);
		attributes.addFlashAttribute("flashArguments", arguments);
	}

}
