package com.partnerportal.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides the time zone a person sees times in. Times are stored in UTC; only their
 * display depends on the zone: the account's own when it names a valid zone, otherwise
 * the portal's default ({@code portal.default-time-zone}).
 */
@Component
public class UserTimeZones {

	private final ZoneId portalDefault;

	/**
	 * @param portalDefault the zone for accounts that have none; a zone id such as
	 * {@code Europe/Madrid}. An invalid id stops the portal from starting, rather than
	 * showing every time wrong.
	 */
	UserTimeZones(@Value("${portal.default-time-zone:UTC}") String portalDefault) {
		this.portalDefault = ZoneId.of(portalDefault);
	}

	/**
	 * @param accountTimeZone the zone id stored on the account, if any
	 * @return that zone, or the portal's default when there is none or it is not a zone
	 * the platform knows (a zone stored long ago may have been withdrawn since)
	 */
	public ZoneId zoneOf(@Nullable String accountTimeZone) {
		if (accountTimeZone == null || accountTimeZone.isBlank()) {
			return this.portalDefault;
		}
		try {
			return ZoneId.of(accountTimeZone.strip());
		}
		catch (DateTimeException ex) {
			return this.portalDefault;
		}
	}

}
