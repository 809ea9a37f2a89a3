package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * Builds {@code mailto:} URLs that open a new email with a subject and body in the user's
 * mail application, encoded as RFC 6068 asks: UTF-8 percent-encoding, spaces as
 * {@code %20} (never {@code +}) and line breaks in the body as {@code %0D%0A}.
 */
final class MailtoLink {

	/**
	 * The longest URL the portal hands to a mail application. Longer ones do not fit in a
	 * redirect's {@code Location} header (Tomcat allows 8 KB of response headers), and
	 * several mail applications cut them short anyway; such a text is copied instead.
	 */
	static final int MAX_LENGTH = 6000;

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	private MailtoLink() {
	}

	/**
	 * @param subject the subject; line breaks become spaces, since a subject is one line
	 * @param body the body, with line breaks of any kind
	 * @return a {@code mailto:} URL without recipients, for the user to fill in
	 */
	static String of(String subject, String body) {
		String oneLineSubject = LINE_BREAK.matcher(subject).replaceAll(" ");
		String crlfBody = LINE_BREAK.matcher(body).replaceAll("\r\n");
		return "mailto:?subject=" + encode(oneLineSubject) + "&body=" + encode(crlfBody);
	}

	/**
	 * Percent-encodes every byte of the text's UTF-8 form except RFC 3986's unreserved
	 * characters, which RFC 6068 allows everywhere; so {@code &}, {@code =}, {@code ?}
	 * and {@code #} can never end a header value early. {@link UriUtils#encode} is used
	 * rather than {@code URLEncoder}, which writes spaces as {@code +}: mail applications
	 * show that {@code +} as it is.
	 * @param text any text
	 * @return the encoded text
	 */
	static String encode(String text) {
		return UriUtils.encode(text, StandardCharsets.UTF_8);
	}

}
