package com.partnerportal.preferences.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The time zones a person can choose: UTC, which is also the portal's default, and the
 * named regional zones, not the legacy or offset-only aliases that would only make the
 * list longer. The list shows them grouped by region, each with its current offset and
 * its city, as people know their zone by its city or offset rather than by its id.
 */
final class TimeZones {

	static final String UTC = "UTC";

	// The regions of the tz database's own zones; ids such as US/Eastern or Brazil/East
	// are old aliases of zones listed here already.
	private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	private static final List<String> REGIONAL = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.contains("/") && REGIONS.contains(id.substring(0, id.indexOf('/'))))
		.sorted()
		.toList();

	static final List<String> ALL = Stream.concat(Stream.of(UTC), REGIONAL.stream()).toList();

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

	/**
	 * @param now the moment whose offsets are shown, as they change with daylight saving
	 * time
	 * @return the regional zones grouped by their region (Africa, America, Europe…), in
	 * the regions' alphabetical order, each group from the westernmost offset to the
	 * easternmost, then by city; UTC is not among them, as the page offers it first
	 */
	static List<Group> grouped(Instant now) {
		Map<String, List<Choice>> byRegion = REGIONAL.stream()
			.map((id) -> Choice.of(id, now))
			.collect(Collectors.groupingBy(Choice::region, TreeMap::new, Collectors.toList()));
		return byRegion.entrySet()
			.stream()
			.map((entry) -> new Group(entry.getKey(),
					entry.getValue()
						.stream()
						.sorted(Comparator.comparing(Choice::offset).reversed().thenComparing(Choice::city))
						.toList()))
			.toList();
	}

	/**
	 * The zones of one region, whose name the page reads from the message bundles
	 * ({@code preferences.timeZone.region.<region>}).
	 *
	 * @param region the first part of the zones' ids, such as {@code Europe}
	 * @param zones its zones, in the order shown
	 */
	record Group(String region, List<Choice> zones) {

	}

	/**
	 * One zone as the list shows it.
	 *
	 * @param id the zone's id, which is what is stored
	 * @param region the first part of the id
	 * @param city the rest of the id, readable: {@code Indianapolis (Indiana)} for
	 * {@code America/Indiana/Indianapolis}
	 * @param offset the zone's offset from UTC at the moment the list was made
	 */
	record Choice(String id, String region, String city, ZoneOffset offset) {

		static Choice of(String id, Instant now) {
			String[] parts = id.split("/");
			String city = readable(parts[parts.length - 1]);
			if (parts.length > 2) {
				city += " (" + readable(String.join("/", List.of(parts).subList(1, parts.length - 1))) + ")";
			}
			return new Choice(id, parts[0], city, ZoneId.of(id).getRules().getOffset(now));
		}

		private static String readable(String part) {
			return part.replace('_', ' ');
		}

		/**
		 * @return the label shown, such as {@code (UTC+01:00) Madrid}
		 */
		public String label() {
			String offsetText = ZoneOffset.UTC.equals(this.offset) ? "" : this.offset.getId();
			return "(UTC" + offsetText + ") " + this.city;
		}

	}

}
