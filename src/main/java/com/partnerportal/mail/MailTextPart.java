package com.partnerportal.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of a mail's plain text: either text to show as it is, or a web address to show as
 * a link.
 *
 * @param text the run's characters
 * @param link whether the run is an {@code http} or {@code https} address
 */
public record MailTextPart(String text, boolean link) {

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

	static List<MailTextPart> split(String text) {
		List<MailTextPart> parts = new ArrayList<>();
		Matcher addresses = WEB_ADDRESS.matcher(text);
		int start = 0;
		while (addresses.find()) {
			if (addresses.start() > start) {
				parts.add(new MailTextPart(text.substring(start, addresses.start()), false));
			}
			parts.add(new MailTextPart(addresses.group(), true));
			start = addresses.end();
		}
		if (start < text.length()) {
			parts.add(new MailTextPart(text.substring(start), false));
		}
		return parts;
	}

}
