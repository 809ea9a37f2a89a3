package com.partnerportal.invitation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The draft email as the partner edited it.
 *
 * @param subject the subject line
 * @param body the body, with line breaks as {@code \n} whatever the browser sent, so that
 * its length is counted the way the partner sees it
 */
public record DraftEmailForm(
		@NotBlank(message = "{invitation.draft.subject.required}") @Size(max = 200,
				message = "{invitation.draft.subject.size}") @Nullable String subject,
		@NotBlank(message = "{invitation.draft.body.required}") @Size(max = 5000,
				message = "{invitation.draft.body.size}") @Nullable String body) {

	public DraftEmailForm {
		body = (body != null) ? body.replace("\r\n", "\n").replace('\r', '\n') : null;
	}

	/**
	 * @param link the absolute invitation link
	 * @return whether the body still carries the link, character for character
	 */
	boolean containsLink(String link) {
		return this.body != null && this.body.contains(link);
	}

	/**
	 * @return the subject and the body as one text, as it is copied to the clipboard
	 */
	String fullText() {
		return text(this.subject) + "\n\n" + text(this.body);
	}

	/**
	 * @return the email as a {@code mailto:} URL
	 */
	String mailto() {
		return MailtoLink.of(text(this.subject), text(this.body));
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
