package com.partnerportal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.partnerportal.security.PortalUser;

/**
 * Shows instants as people read them: in the page's language and in the signed-in user's
 * time zone (the portal's default zone for everyone else). Templates call it as
 * {@code ${@time.date(instant)}}.
 */
@Component("time")
public class PortalTime {

	private final UserTimeZones timeZones;

	PortalTime(UserTimeZones timeZones) {
		this.timeZones = timeZones;
	}

	/**
	 * @param instant a moment, or {@code null}
	 * @return its date, e.g. "7 Jun 2025" or "7 июн. 2025 г.", or an empty text for
	 * {@code null}
	 */
	public String date(@Nullable Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
	}

	/**
	 * @param instant a moment, or {@code null}
	 * @return its date and time to the minute, or an empty text for {@code null}
	 */
	public String dateTime(@Nullable Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
	}

	/**
	 * @return the zone times are shown in for the current user
	 */
	public ZoneId zone() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String accountZone = (authentication != null && authentication.getPrincipal() instanceof PortalUser user)
				? user.timeZone() : null;
		return this.timeZones.zoneOf(accountZone);
	}

	private String format(@Nullable Instant instant, DateTimeFormatter formatter) {
		if (instant == null) {
			return "";
		}
		return formatter.withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
	}

}
