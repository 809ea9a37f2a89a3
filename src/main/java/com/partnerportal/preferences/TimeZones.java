package com.partnerportal.preferences;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The time zones a person can choose: the named regional zones, not the legacy or
 * offset-only aliases that would only make the list longer.
 */
final class TimeZones {

	static final List<String> ALL = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private TimeZones() {
	}

	static boolean isValid(@Nullable String id) {
		if (id == null || !ALL.contains(id)) {
			return false;
		}
		try {
			ZoneId.of(id);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
