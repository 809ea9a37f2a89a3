package com.partnerportal.customerlist;

import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.partnerportal.shared.Countries;
import com.partnerportal.shared.CsvFile;
import com.partnerportal.shared.CsvWriter;

/**
 * The customers the list selects (search, delegated admin filter, order), all pages, as a
 * CSV file. The file is written a batch at a time, each batch one short read that starts
 * after the last customer of the one before (see {@link CustomerListQueries#batch}), so a
 * hundred thousand customers take the memory of {@value #BATCH} and no statement stays
 * open while the browser downloads. Codes sit beside the names in the reader's language
 * where a script would want the code (the country, the delegated admin coverage); the
 * date is ISO-8601 in UTC.
 */
@Component
public class CustomerExport {

	/** Customers read per statement. */
	static final int BATCH = 500;

	private final CustomerListQueries queries;

	private final MessageSource messages;

	CustomerExport(CustomerListQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	/**
	 * @param partnerId the signed-in partner, whose customers alone are read
	 * @param selection which customers, in which order
	 * @return the file's body, written once the response starts
	 */
	public CsvFile csv(Long partnerId, CustomerSelection selection) {
		Locale locale = selection.locale();
		List<@Nullable String> header = Arrays.asList(message("customers.csv.company", locale),
				message("customers.csv.domain", locale), message("customers.csv.countryCode", locale),
				message("customers.csv.country", locale), message("customers.csv.since", locale),
				message("customers.csv.dapHeld", locale), message("customers.csv.dapApplicable", locale),
				message("customers.csv.dapCoverage", locale), message("customers.csv.dapCoverageName", locale));
		return (out) -> {
			try {
				CsvWriter csv = new CsvWriter(out);
				csv.row(header);
				@Nullable Long after = null;
				List<CustomerRow> rows = this.queries.batch(partnerId, selection, null, BATCH);
				while (!rows.isEmpty()) {
					for (CustomerRow row : rows) {
						csv.row(cells(row, locale));
					}
					after = rows.get(rows.size() - 1).id();
					rows = (rows.size() < BATCH) ? List.of() : this.queries.batch(partnerId, selection, after, BATCH);
				}
				csv.flush();
			}
			catch (UncheckedIOException ex) {
				// Most often the browser went away; the container treats it as such.
				throw ex.getCause();
			}
		};
	}

	private List<@Nullable String> cells(CustomerRow row, Locale locale) {
		DelegatedAdminCoverage coverage = DelegatedAdminCoverage.of(row.delegatedAdminServices(),
				row.delegatedAdminApplicable());
		return Arrays.asList(row.companyName(), row.domain(), row.country(),
				Countries.displayName(row.country(), locale), row.since().truncatedTo(ChronoUnit.SECONDS).toString(),
				String.valueOf(row.delegatedAdminServices()), String.valueOf(row.delegatedAdminApplicable()),
				coverage.parameter(), message("customers.dap.filter." + coverage.parameter(), locale));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
