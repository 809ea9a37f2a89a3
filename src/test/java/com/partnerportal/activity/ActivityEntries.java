package com.partnerportal.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes activity-log rows straight into the table for the reading tests, in one batch,
 * so that a test can have entries at chosen instants and tens of thousands of them
 * cheaply.
 */
final class ActivityEntries {

	private final JdbcTemplate jdbc;

	ActivityEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static Entry entry(Instant at, ActivityAction action) {
		return new Entry(at, action, null, null, null, "Test Person", "Test Organisation", null, null);
	}

	/**
	 * Adatum accepted a partner's invitation with delegated admin.
	 */
	static Entry adatumAccepted(Instant at, Long partnerId, Long adatum) {
		return entry(at, ActivityAction.INVITATION_ACCEPTED).partner(partnerId)
			.customer(adatum, "Adatum Italia")
			.actor("Lucia Romano", "Adatum Italia")
			.change(null, "WITH_DELEGATED_ADMIN");
	}

	/**
	 * Contoso started a relationship with a partner, as an advisor.
	 */
	static Entry contosoEstablished(Instant at, Long partnerId, Long contoso) {
		return entry(at, ActivityAction.RELATIONSHIP_ESTABLISHED).partner(partnerId)
			.customer(contoso, "Contoso Iberia")
			.actor("Elena Navarro", "Contoso Iberia")
			.change(null, "ADVISOR");
	}

	/**
	 * Contoso put its ended relationship with a partner back in force.
	 */
	static Entry contosoReestablished(Instant at, Long partnerId, Long contoso) {
		return entry(at, ActivityAction.RELATIONSHIP_REESTABLISHED).partner(partnerId)
			.customer(contoso, "Contoso Iberia")
			.actor("Elena Navarro", "Contoso Iberia")
			.change("ENDED", "ACTIVE");
	}

	void insert(Entry... entries) {
		insert(Arrays.asList(entries));
	}

	void insert(List<Entry> entries) {
		this.jdbc.batchUpdate("""
				insert into activity_log (occurred_at, actor_name, actor_organisation, partner_id, partner_name,
					customer_id, customer_name, action, old_value, new_value)
				values (?, ?, ?, ?, (select name from partner where id = ?), ?, ?, ?, ?, ?)""", entries, 1000,
				(statement, entry) -> {
					statement.setTimestamp(1, Timestamp.from(entry.at()));
					statement.setString(2, entry.actorName());
					statement.setString(3, entry.actorOrganisation());
					statement.setObject(4, entry.partnerId());
					statement.setObject(5, entry.partnerId());
					statement.setObject(6, entry.customerId());
					statement.setString(7, entry.customerName());
					statement.setString(8, entry.action().name());
					statement.setString(9, entry.oldValue());
					statement.setString(10, entry.newValue());
				});
	}

	long lastId() {
		Long last = this.jdbc.queryForObject("select max(id) from activity_log", Long.class);
		return (last != null) ? last : 0;
	}

	void deleteAfter(long id) {
		this.jdbc.update("delete from activity_log where id > ?", id);
	}

	/**
	 * A row to write; the partner's name is its name now.
	 */
	record Entry(Instant at, ActivityAction action, @Nullable Long partnerId, @Nullable Long customerId,
			@Nullable String customerName, String actorName, String actorOrganisation, @Nullable String oldValue,
			@Nullable String newValue) {

		Entry partner(Long id) {
			return new Entry(this.at, this.action, id, this.customerId, this.customerName, this.actorName,
					this.actorOrganisation, this.oldValue, this.newValue);
		}

		Entry customer(Long id, String name) {
			return new Entry(this.at, this.action, this.partnerId, id, name, this.actorName, this.actorOrganisation,
					this.oldValue, this.newValue);
		}

		Entry actor(String name, String organisation) {
			return new Entry(this.at, this.action, this.partnerId, this.customerId, this.customerName, name,
					organisation, this.oldValue, this.newValue);
		}

		Entry change(@Nullable String oldValue, @Nullable String newValue) {
			return new Entry(this.at, this.action, this.partnerId, this.customerId, this.customerName, this.actorName,
					this.actorOrganisation, oldValue, newValue);
		}

	}

}
