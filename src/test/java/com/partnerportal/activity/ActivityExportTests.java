package com.partnerportal.activity;

import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static com.partnerportal.DemoAccounts.FABRIKAM_ADMIN;
import static com.partnerportal.DemoAccounts.PLATFORM_ADMIN;
import static com.partnerportal.activity.ActivityEntries.adatumAccepted;
import static com.partnerportal.activity.ActivityEntries.contosoEstablished;
import static com.partnerportal.activity.ActivityEntries.contosoReestablished;
import static com.partnerportal.activity.ActivityEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export of the activity log. The file is written on a thread of its own after
 * the controller returns, so it cannot see a test's uncommitted rows: these tests commit
 * their entries (at instants in early 2026 that nothing else writes) and delete them
 * afterwards.
 */
@PortalTest
class ActivityExportTests {

	private static final String BOM = "\uFEFF";

	private static final String HEADER = "%s\r\n".formatted(header("UTC"));

	private static final String JANUARY = "?from=2026-01-01&to=2026-01-31";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ActivityExport export;

	private ActivityEntries entries;

	private long lastIdBefore;

	private Long fabrikam;

	private Long contoso;

	@BeforeEach
	void setUp() {
		this.entries = new ActivityEntries(this.jdbc);
		this.lastIdBefore = this.entries.lastId();
		this.fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		this.contoso = this.demo.customerId("contoso.test");
		Long adatum = this.demo.customerId("adatum.test");
		this.entries.insert(adatumAccepted(Instant.parse("2026-01-10T09:00:00Z"), this.fabrikam, adatum),
				contosoEstablished(Instant.parse("2026-01-11T09:00:00Z"), northwind, this.contoso),
				contosoReestablished(Instant.parse("2026-01-12T09:00:00Z"), this.fabrikam, this.contoso));
	}

	@AfterEach
	void removeEntries() {
		this.entries.deleteAfter(this.lastIdBefore);
		this.jdbc.update("update user_account set time_zone = null where email = ?", FABRIKAM_ADMIN);
	}

	@Test
	void exportWhenPartnerThenCsvAttachmentOfItsEntriesNewestFirst() {
		MvcTestResult result = export(FABRIKAM_ADMIN, "/partner/activity/export" + JANUARY);

		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"activity-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
		assertThat(csv(result)).isEqualTo(BOM + HEADER
				+ "2026-01-12T09:00:00Z,\"Jan 12, 2026, 9:00:00 AM\",Elena Navarro,Contoso Iberia,Fabrikam Cloud Partners,"
				+ "Contoso Iberia,RELATIONSHIP_REESTABLISHED,Reseller relationship re-established,ENDED,Ended,ACTIVE,Active\r\n"
				+ "2026-01-10T09:00:00Z,\"Jan 10, 2026, 9:00:00 AM\",Lucia Romano,Adatum Italia,Fabrikam Cloud Partners,"
				+ "Adatum Italia,INVITATION_ACCEPTED,Invitation accepted,,,WITH_DELEGATED_ADMIN,With delegated admin\r\n");
	}

	@Test
	void exportWhenCustomerOrAdminThenTheirEntries() {
		assertThat(lines(export(DemoAccounts.CONTOSO_USER, "/customer/activity/export" + JANUARY))).hasSize(3)
			.satisfies((lines) -> assertThat(lines.get(1))
				.contains(",Fabrikam Cloud Partners,Contoso Iberia,RELATIONSHIP_REESTABLISHED,"))
			.satisfies((lines) -> assertThat(lines.get(2)).contains(
					",Northwind Advisors,Contoso Iberia,RELATIONSHIP_ESTABLISHED,Reseller relationship established,"));
		assertThat(lines(export(PLATFORM_ADMIN, "/admin/activity/export" + JANUARY))).hasSize(4);
	}

	@Test
	void exportWhenFilteredThenTheSameEntriesAsThePage() {
		assertThat(
				lines(export(PLATFORM_ADMIN, "/admin/activity/export" + JANUARY + "&action=RELATIONSHIP_ESTABLISHED")))
			.hasSize(2)
			.last()
			.asString()
			.contains("Reseller relationship established");
		assertThat(lines(export(PLATFORM_ADMIN, "/admin/activity/export" + JANUARY + "&customer=adatum"))).hasSize(2)
			.last()
			.asString()
			.contains("Adatum Italia");
		assertThat(lines(export(PLATFORM_ADMIN, "/admin/activity/export?from=2026-01-11&to=2026-01-11"))).hasSize(2)
			.last()
			.asString()
			.startsWith("2026-01-11T09:00:00Z");
	}

	@Test
	void exportWhenValuesHoldCommasQuotesLineBreaksFormulasOrCyrillicThenTheyArriveIntact() {
		this.entries
			.insert(entry(Instant.parse("2026-01-20T09:00:00Z"), ActivityAction.USER_CREATED).partner(this.fabrikam)
				.customer(this.contoso, "ООО «Ромашка», Москва")
				.actor("=HYPERLINK(\"http://evil.test\",\"click\")", "Smith \"Jones\"\nand Co")
				.change("@SUM(A1:A9)", "-1+1"));

		String csv = csv(export(FABRIKAM_ADMIN, "/partner/activity/export?from=2026-01-20&to=2026-01-20"));

		assertThat(csv).isEqualTo(BOM + HEADER + "2026-01-20T09:00:00Z,\"Jan 20, 2026, 9:00:00 AM\","
				+ "\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"click\"\")\",\"Smith \"\"Jones\"\"\nand Co\","
				+ "Fabrikam Cloud Partners,\"ООО «Ромашка», Москва\",USER_CREATED,User created,"
				+ "'@SUM(A1:A9),'@SUM(A1:A9),'-1+1,'-1+1\r\n");
	}

	@Test
	void exportWhenAccountHasATimeZoneThenReadableTimesAreInItNextToTheUtcInstant() {
		this.jdbc.update("update user_account set time_zone = 'Asia/Tokyo' where email = ?", FABRIKAM_ADMIN);

		MvcTestResult result = export(FABRIKAM_ADMIN, "/partner/activity/export?from=2026-01-12&to=2026-01-12");

		assertThat(lines(result)).containsExactly(header("Asia/Tokyo"),
				"2026-01-12T09:00:00Z,\"Jan 12, 2026, 6:00:00 PM\",Elena Navarro,Contoso Iberia,Fabrikam Cloud Partners,"
						+ "Contoso Iberia,RELATIONSHIP_REESTABLISHED,Reseller relationship re-established,ENDED,Ended,ACTIVE,Active");
		assertThat(result).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"activity-" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + ".csv\"");
	}

	@Test
	void exportWhenFilterIsInvalidThenBadRequest() {
		assertThat(get(FABRIKAM_ADMIN, "/partner/activity/export?from=2026-02-30")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get(FABRIKAM_ADMIN, "/partner/activity/export?from=2026-03-02&to=2026-03-01"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get(PLATFORM_ADMIN, "/admin/activity/export?action=NOPE")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void exportWhenTwentyThousandEntriesThenTheResponseStreamsThemAll() {
		insertFebruary(20_000);

		String february = "/partner/activity/export?from=2026-02-01&to=2026-02-28";

		MvcTestResult started = this.mvc.get().uri(february).with(this.demo.signedIn(FABRIKAM_ADMIN)).asyncExchange();
		assertThat(started).request().hasAsyncStarted(true);
		HandlerMethod handler = (HandlerMethod) started.getMvcResult().getHandler();
		assertThat(((ParameterizedType) handler.getMethod().getGenericReturnType()).getActualTypeArguments())
			.containsExactly(StreamingResponseBody.class);
		List<String> lines = lines(export(FABRIKAM_ADMIN, february));
		assertThat(lines).hasSize(20_001);
		assertThat(lines.get(1)).contains("Customer 20000");
		assertThat(lines.get(20_000)).contains("Customer 00001");
	}

	/**
	 * The honest part of "constant memory": the file's bytes reach the output while the
	 * database's rows are still being read, from inside the JDBC row callback and inside
	 * the read-only transaction that lets PostgreSQL use a cursor, not after a list has
	 * been built.
	 */
	@Test
	void exportWhenWrittenThenRowsGoToTheOutputWhileTheyAreRead() throws Exception {
		insertFebruary(20_000);
		ActivityScope scope = new ActivityScope(ActivityScope.Audience.PARTNER, this.fabrikam);
		ActivityFilter filter = new ActivityFilter(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"),
				ZoneOffset.UTC, "", null, "");
		ProbeOutputStream out = new ProbeOutputStream();

		this.export.csv(scope, filter, Locale.ENGLISH).writeTo(out);

		assertThat(out.total).isGreaterThan(20_000L * 80);
		assertThat(out.writtenWhileReadingRows).as("bytes written from inside the row callback")
			.isGreaterThan(out.total * 9 / 10);
		assertThat(out.writtenOutsideReadOnlyTransaction).as("bytes written while no read-only transaction was open")
			.isLessThan(out.total / 10);
	}

	private void insertFebruary(int count) {
		Instant start = Instant.parse("2026-02-01T00:00:00Z");
		List<ActivityEntries.Entry> many = new ArrayList<>(count);
		IntStream.rangeClosed(1, count)
			.forEach((i) -> many
				.add(entry(start.plusSeconds(60L * i), ActivityAction.DELEGATED_ADMIN_GRANTED).partner(this.fabrikam)
					.customer(this.contoso, "Customer %05d".formatted(i))
					.actor("Rosa Vidal", "Contoso Iberia")
					.change(null, "Azure Active Directory")));
		this.entries.insert(many);
	}

	private MvcTestResult get(String email, String uri) {
		return this.mvc.get().uri(uri).with(this.demo.signedIn(email)).exchange();
	}

	private MvcTestResult export(String email, String uri) {
		MvcTestResult result = get(email, uri);
		assertThat(result).as(uri).hasStatusOk();
		return result;
	}

	private static String header(String zone) {
		return "When (UTC ISO 8601),When (" + zone + "),User,Organisation,Partner,Customer,Action code,Action,"
				+ "Old value (as recorded),Old value,New value (as recorded),New value";
	}

	private static String csv(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static List<String> lines(MvcTestResult result) {
		String csv = csv(result);
		assertThat(csv).startsWith(BOM).endsWith("\r\n");
		return List.of(csv.substring(1).split("\r\n"));
	}

	/**
	 * Counts the bytes it is given, and which of them arrive while the export is inside
	 * the JDBC row callback and inside a read-only transaction.
	 */
	private static final class ProbeOutputStream extends OutputStream {

		private static final String ROW_CALLBACK = "org.springframework.jdbc.core.JdbcTemplate$RowCallbackHandlerResultSetExtractor";

		long total;

		long writtenWhileReadingRows;

		long writtenOutsideReadOnlyTransaction;

		@Override
		public void write(int b) {
			count(1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			count(length);
		}

		private void count(int length) {
			this.total += length;
			if (StackWalker.getInstance()
				.walk((frames) -> frames.anyMatch((frame) -> frame.getClassName().equals(ROW_CALLBACK)))) {
				this.writtenWhileReadingRows += length;
			}
			if (!TransactionSynchronizationManager.isActualTransactionActive()
					|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
				this.writtenOutsideReadOnlyTransaction += length;
			}
		}

	}

}
