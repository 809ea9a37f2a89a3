package com.partnerportal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.activity.ActivityLogEntry;

/**
 * The newest activity-log entry when a test began. The demo data gives every organisation
 * but Contoso months of history, and test classes that share a database add entries about
 * the same organisations, so a test that asserts what it wrote reads only the entries
 * after this one.
 */
public final class ActivityBaseline {

	private static final String NEWEST = "select coalesce(max(id), 0) from activity_log";

	private final long lastEntryBefore;

	private ActivityBaseline(long lastEntryBefore) {
		this.lastEntryBefore = lastEntryBefore;
	}

	public static ActivityBaseline take(JdbcTemplate jdbc) {
		Long newest = jdbc.queryForObject(NEWEST, Long.class);
		return new ActivityBaseline((newest != null) ? newest : 0);
	}

	public static ActivityBaseline take(JdbcClient jdbc) {
		return new ActivityBaseline(jdbc.sql(NEWEST).query(Long.class).single());
	}

	/**
	 * @return the id of the newest entry when the baseline was taken, for queries that
	 * read the table themselves
	 */
	public long lastEntryBefore() {
		return this.lastEntryBefore;
	}

	/**
	 * @param entries entries read from the log
	 * @return those written since the baseline was taken, in the same order
	 */
	public List<ActivityLogEntry> writtenSince(List<ActivityLogEntry> entries) {
		return entries.stream().filter((entry) -> entry.getId() > this.lastEntryBefore).toList();
	}

}
