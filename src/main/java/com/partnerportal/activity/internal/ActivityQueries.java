package com.partnerportal.activity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.partnerportal.activity.ActivityFilter;
import com.partnerportal.activity.ActivityRow;
import com.partnerportal.activity.ActivityScope;
import com.partnerportal.activity.ActivitySearch;

/**
 * The activity log's reading queries, in SQL because the filters make the where clause
 * vary, and each variant then has an index the database can choose:
 * {@code (partner_id, occurred_at)}, {@code (customer_id, occurred_at)},
 * {@code (action, occurred_at)}, {@code (partner_name_key, occurred_at)} or
 * {@code (occurred_at)}. Every query is bounded by the scope and the date range, and the
 * scope's condition is always there: it comes from {@link ActivityScope}, never from the
 * request.
 *
 * A page costs one count and one {@code limit/offset} query, both bounded: the count
 * stops at {@link ActivitySearch#COUNT_LIMIT} and one (the page then says "more than"),
 * and no page starts deeper than that, so a request reads at most that many index entries
 * whatever the size of the log. Measured on PostgreSQL with 1,000,000 entries, all inside
 * the default 30 days: an unbounded count was a parallel scan of 0.24 s; the bounded one
 * reads 10,001 index entries in a few milliseconds.
 */
@Repository
public class ActivityQueries {

	/**
	 * Rows the driver fetches per round trip while exporting. With a fetch size, inside a
	 * transaction (autocommit off), the PostgreSQL driver reads through a cursor instead
	 * of loading the whole result, so an export holds this many rows at a time.
	 */
	static final int EXPORT_FETCH_SIZE = 500;

	private static final String COLUMNS = """
			select id, occurred_at, actor_name, actor_organisation, partner_name, customer_name, action, old_value,
			new_value
			from activity_log""";

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	ActivityQueries(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
		streamingTemplate.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = JdbcClient.create(streamingTemplate);
	}

	/**
	 * Counts the rows a bounded query returns rather than {@code count(*)} over it as a
	 * subquery: H2 plans a subquery in {@code from} before it knows the parameters, so
	 * the customer filter's {@code like} there became a filter on every entry of the
	 * partner's instead of a range of the customer name index (3 s instead of 1 ms on a
	 * million entries). At the top level it has the pattern. PostgreSQL sends back at
	 * most {@code limit} one-column rows in about the time it counted them.
	 * @return how many entries match, counting no further than {@code limit}
	 */
	public long count(ActivityScope scope, ActivityFilter filter, long limit) {
		Where where = Where.of(scope, filter);
		return this.jdbc.sql("select 1 from activity_log" + where.sql() + " limit :countLimit")
			.params(where.params())
			.param("countLimit", limit)
			.query(Integer.class)
			.list()
			.size();
	}

	/**
	 * The page's ids first, then their rows: asked for every column at once, H2 walks the
	 * date index for its order and tests the customer filter on each entry (2 s for the
	 * platform's million), where for the ids alone it reads the customer name index (5
	 * ms).
	 * @return one page of entries, newest first
	 */
	public List<ActivityRow> findPage(ActivityScope scope, ActivityFilter filter, long offset, int limit) {
		Where where = Where.of(scope, filter);
		return this.jdbc
			.sql(COLUMNS + " where id in (select id from activity_log" + where.sql() + where.newestFirst()
					+ " limit :limit offset :offset)" + where.newestFirst())
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(ActivityQueries::row)
			.list();
	}

	/**
	 * Hands every entry, newest first, to {@code action} while reading them from the
	 * database: nothing is collected, so memory does not grow with the number of rows.
	 * Must run in a transaction for the PostgreSQL driver to use a cursor.
	 */
	public void forEach(ActivityScope scope, ActivityFilter filter, Consumer<ActivityRow> action) {
		Where where = Where.of(scope, filter);
		this.streaming.sql(COLUMNS + where.sql() + where.newestFirst())
			.params(where.params())
			.query((RowCallbackHandler) (rs) -> action.accept(row(rs, rs.getRow())));
	}

	private static ActivityRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new ActivityRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor_name"), rs.getString("actor_organisation"), rs.getString("partner_name"),
				rs.getString("customer_name"), rs.getString("action"), rs.getString("old_value"),
				rs.getString("new_value"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * The where clause shared by the count, the page and the export, so that they always
	 * agree on which rows match, and the order that goes with it: newest first, led by
	 * the columns the where clause holds equal, in the order of the index that serves
	 * them. H2 reads an index in the order of an {@code order by} only when it names the
	 * index's columns from the first; without them it read all 74,000 of a partner's
	 * entries of the last 30 days and sorted them for each page (0.3 s). PostgreSQL drops
	 * sort keys that are constant.
	 */
	private record Where(String sql, Map<String, Object> params, List<String> equalColumns) {

		static Where of(ActivityScope scope, ActivityFilter filter) {
			StringBuilder sql = new StringBuilder(" where occurred_at >= :start and occurred_at < :end");
			Map<String, Object> params = new LinkedHashMap<>();
			List<String> equalColumns = new ArrayList<>();
			params.put("start", utc(filter.start()));
			params.put("end", utc(filter.end()));
			switch (scope.audience()) {
				case PARTNER -> {
					sql.append(" and partner_id = :organisation");
					params.put("organisation", scope.organisationId());
					equalColumns.add("partner_id");
				}
				case CUSTOMER -> {
					sql.append(" and customer_id = :organisation");
					params.put("organisation", scope.organisationId());
					equalColumns.add("customer_id");
				}
				case PLATFORM -> {
					// Platform admins read every entry.
				}
			}
			if (filter.action() != null) {
				sql.append(" and action = :action");
				params.put("action", filter.action().name());
				equalColumns.add("action");
			}
			if (filter.hasCustomer()) {
				sql.append(" and customer_name_key like :customer escape '!'");
				params.put("customer", filter.customerPattern());
			}
			if (filter.hasPartner()) {
				sql.append(" and partner_name_key like :partner escape '!'");
				params.put("partner", filter.partnerPattern());
			}
			return new Where(sql.toString(), params, List.copyOf(equalColumns));
		}

		String newestFirst() {
			return Stream.concat(this.equalColumns.stream(), Stream.of("occurred_at", "id"))
				.map((column) -> column + " desc")
				.collect(Collectors.joining(", ", " order by ", ""));
		}

	}

}
