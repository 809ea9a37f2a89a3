package com.partnerportal.activity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static com.partnerportal.activity.ActivityEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity page asks the database the same two questions, a count and one page of
 * rows, whether it shows one row or fifty, whatever the filters and however many entries
 * the log holds; the CSV export asks one. The page's queries are plain JDBC, which
 * Hibernate's statistics do not see, so this test counts the statements prepared on the
 * data source's connections; those include the one every signed-in request makes to read
 * the account as it is now ({@code CurrentAccountFilter}).
 */
// A context of its own: CountStatements below wraps its data source to count statements.
@PortalTest
@Transactional
class ActivityLogQueryCountTests {

	/** The signed-in account's current state, read on every request. */
	private static final long ACCOUNT_CHECK = 1;

	private static final long QUERIES_PER_PAGE = 2;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@BeforeEach
	void insertEntries() {
		insertEntries(0, 120);
	}

	@Test
	void pageWhenRowsFiltersAndAudiencesDifferThenTwoStatements() {
		expectTwoStatementsPerPage();
	}

	@Test
	void pageWhenLogHoldsMoreEntriesThanTheCountReadsThenStillTwoStatements() {
		insertEntries(120, ActivitySearch.COUNT_LIMIT);

		expectTwoStatementsPerPage();
		assertThat(this.mvc.get()
			.uri("/admin/activity?from=2026-02-01&to=2026-02-28&page=100000")
			.with(this.demo.signedIn("admin@portal.test"))).bodyText()
			.contains("Showing 9,951\u201310,000 of more than 10,000", "Only the newest 10,000 entries are listed");
	}

	@Test
	void exportWhenFilteredOrNotThenOneStatement() {
		for (String uri : List.of("/partner/activity/export?from=2026-02-01&to=2026-02-28",
				"/partner/activity/export?from=2026-02-01&to=2026-02-28&action=USER_CREATED&customer=contoso",
				"/admin/activity/export?from=2026-02-01&to=2026-02-28")) {
			RequestPostProcessor signedIn = this.demo
				.signedIn(uri.startsWith("/admin") ? "admin@portal.test" : "ga@fabrikam.test");
			CountingDataSource.STATEMENTS.set(0);
			assertThat(this.mvc.get().uri(uri).with(signedIn)).as(uri).hasStatusOk();
			assertThat(CountingDataSource.STATEMENTS.get()).as(uri).isEqualTo(ACCOUNT_CHECK + 1);
		}
	}

	/**
	 * Every audience, filter and depth the pages offer, each in the same two statements.
	 */
	private void expectTwoStatementsPerPage() {
		String february = "?from=2026-02-01&to=2026-02-28";
		String[][] requests = { { "ga@fabrikam.test", "/partner/activity" + february },
				{ "ga@fabrikam.test", "/partner/activity" + february + "&page=2" },
				{ "ga@fabrikam.test", "/partner/activity" + february + "&page=150" },
				{ "ga@fabrikam.test", "/partner/activity" + february + "&action=USER_CREATED" },
				{ "ga@fabrikam.test", "/partner/activity" + february + "&customer=contoso" },
				{ "sales@fabrikam.test", "/partner/activity" + february + "&action=USER_CREATED&customer=contoso" },
				{ "ga@northwind.test", "/partner/activity" + february }, { "ga@contoso.test", "/customer/activity" },
				{ "ga@contoso.test", "/customer/activity" + february + "&action=USER_CREATED" },
				{ "admin@portal.test", "/admin/activity" + february + "&action=INVITATION_ACCEPTED" },
				{ "admin@portal.test", "/admin/activity" + february + "&customer=contoso" },
				{ "admin@portal.test", "/admin/activity?page=40" } };
		for (String[] request : requests) {
			RequestPostProcessor signedIn = this.demo.signedIn(request[0]);
			CountingDataSource.STATEMENTS.set(0);
			assertThat(this.mvc.get().uri(request[1]).with(signedIn)).as(request[1]).hasStatusOk();
			assertThat(CountingDataSource.STATEMENTS.get()).as(request[1]).isEqualTo(ACCOUNT_CHECK + QUERIES_PER_PAGE);
		}
	}

	private void insertEntries(int from, int count) {
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long contoso = this.demo.customerId("contoso.test");
		Instant start = Instant.parse("2026-02-01T00:00:00Z");
		List<ActivityEntries.Entry> entries = new ArrayList<>();
		IntStream.range(from, from + count)
			.forEach((i) -> entries.add(entry(start.plusSeconds(60L * i),
					(i % 2 == 0) ? ActivityAction.USER_CREATED : ActivityAction.INVITATION_ACCEPTED)
				.partner(fabrikam)
				.customer(contoso, "Contoso Iberia")));
		new ActivityEntries(this.jdbc).insert(entries);
	}

	@Test
	void pageWhenFilterIsInvalidThenNoStatementButTheAccountCheck() {
		RequestPostProcessor signedIn = this.demo.signedIn("ga@fabrikam.test");
		CountingDataSource.STATEMENTS.set(0);
		assertThat(this.mvc.get().uri("/partner/activity?from=nonsense").with(signedIn)).hasStatusOk();
		assertThat(CountingDataSource.STATEMENTS.get()).isEqualTo(ACCOUNT_CHECK);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource))
							? new CountingDataSource(dataSource) : bean;
				}
			};
		}

	}

	/**
	 * Counts every statement prepared or created on its connections, except the HTTP
	 * session store's: the session filter reads and writes the request's session around
	 * every page, which is no question the page asks.
	 */
	static final class CountingDataSource extends DelegatingDataSource {

		static final AtomicLong STATEMENTS = new AtomicLong();

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						String name = method.getName();
						if ((name.equals("prepareStatement") || name.equals("prepareCall")
								|| name.equals("createStatement")) && !isSessionStore(arguments)) {
							STATEMENTS.incrementAndGet();
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

		private static boolean isSessionStore(Object[] arguments) {
			return arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
					&& sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
		}

	}

}
