package com.partnerportal.activity;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.partnerportal.shared.CsvWriter;

/**
 * The activity log as a CSV file of the filtered entries, all pages of them. The file is
 * written while the rows are read from the database (see {@link ActivitySearch#forEach}),
 * so a million rows take as little memory as a hundred; times are ISO-8601 with the
 * offset of the reader's time zone, which spreadsheets and scripts read without guessing.
 */
@Component
class ActivityExport {

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
	StreamingResponseBody csv(ActivityScope scope, ActivityFilter filter, Locale locale) {
		ActivityLabels labels = new ActivityLabels(this.messages, locale);
		ZoneId zone = filter.zone();
		List<@Nullable String> header = List.of(labels.message("activity.csv.when", zone.getId()),
				labels.message("activity.csv.user"), labels.message("activity.csv.organisation"),
				labels.message("activity.csv.customer"), labels.message("activity.csv.action"),
				labels.message("activity.csv.oldValue"), labels.message("activity.csv.newValue"));
		return (out) -> {
			try {
				CsvWriter csv = new CsvWriter(out);
				csv.row(header);
				this.search.forEach(scope, filter, (row) -> csv.row(cells(row, zone, labels)));
				csv.flush();
			}
			catch (UncheckedIOException ex) {
				// Most often the browser went away; the container treats it as such.
				throw ex.getCause();
			}
		};
	}

	/**
	 * @param today today in the reader's time zone
	 * @return {@code attachment; filename="activity-YYYY-MM-DD.csv"}
	 */
	static ContentDisposition disposition(LocalDate today) {
		return ContentDisposition.attachment().filename("activity-" + today + ".csv").build();
	}

	private static List<@Nullable String> cells(ActivityRow row, ZoneId zone, ActivityLabels labels) {
		String when = row.occurredAt()
			.atZone(zone)
			.toOffsetDateTime()
			.truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		return Arrays.asList(when, row.actorName(), row.actorOrganisation(), row.customerName(),
				labels.action(row.action()), labels.value(row.oldValue()), labels.value(row.newValue()));
	}

}
