package com.partnerportal.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.partnerportal.shared.CsvFile;
import com.partnerportal.shared.CsvWriter;

/**
 * The activity log as a CSV file of the filtered entries, all pages of them. The file is
 * written while the rows are read from the database (see {@link ActivitySearch#forEach}),
 * so a million rows take as little memory as a hundred. Every machine value keeps a
 * column of its own, for scripts, next to the same value in words for people: the time as
 * an ISO-8601 UTC instant and in the reader's zone and language, the action's code and
 * label, each value as recorded and as read out by {@link ActivityValues}. Both sides of
 * an entry, partner and customer, have their own column.
 */
@Component
public class ActivityExport {

	private final ActivitySearch search;

	private final MessageSource messages;

	ActivityExport(ActivitySearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	/**
	 * @param scope whose entries
	 * @param filter which of them
	 * @param locale the reader's language, for the header and the labels
	 * @return the file's body, written once the response starts, on a thread of its own
	 */
	public CsvFile csv(ActivityScope scope, ActivityFilter filter, Locale locale) {
		ZoneId zone = filter.zone();
		ActivityLabels labels = new ActivityLabels(this.messages, locale, zone);
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(zone);
		List<@Nullable String> header = List.of(labels.message("activity.csv.instant"),
				labels.message("activity.csv.when", zone.getId()), labels.message("activity.csv.user"),
				labels.message("activity.csv.organisation"), labels.message("activity.csv.partner"),
				labels.message("activity.csv.customer"), labels.message("activity.csv.actionCode"),
				labels.message("activity.csv.action"), labels.message("activity.csv.oldValueRecorded"),
				labels.message("activity.csv.oldValue"), labels.message("activity.csv.newValueRecorded"),
				labels.message("activity.csv.newValue"));
		return (out) -> {
			try {
				CsvWriter csv = new CsvWriter(out);
				csv.row(header);
				this.search.forEach(scope, filter, (row) -> csv.row(cells(row, when, labels)));
				csv.flush();
			}
			catch (UncheckedIOException ex) {
				// Most often the browser went away; the container treats it as such.
				throw ex.getCause();
			}
		};
	}

	private static List<@Nullable String> cells(ActivityRow row, DateTimeFormatter when, ActivityLabels labels) {
		Instant instant = row.occurredAt().truncatedTo(ChronoUnit.SECONDS);
		return Arrays.asList(instant.toString(), when.format(instant), row.actorName(), row.actorOrganisation(),
				row.partnerName(), row.customerName(), row.action(), labels.action(row.action()), row.oldValue(),
				labels.value(row.oldValue()), row.newValue(), labels.value(row.newValue()));
	}

}
