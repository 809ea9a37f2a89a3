package com.partnerportal.relationship;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.activity.ActivityLogEntry;

/**
 * Shapes the demo customer Adatum Italia for the removal tests. In the demo data Fabrikam
 * sells it two active subscriptions (Office 365 and Azure Active Directory), one
 * suspended (Dynamics 365), holds delegated admin for the directory and Office, and
 * Adatum bought its Azure plan elsewhere. The demo gives Adatum months of activity before
 * the fixture is made; {@link #activity()} reads what came after.
 */
final class AdatumFixture {

	static final String NORTHWIND_OFFER = "Office 365 E1";

	private final JdbcTemplate jdbc;

	private final DemoAccounts demo;

	private final ActivityBaseline activityBefore;

	AdatumFixture(JdbcTemplate jdbc, DemoAccounts demo) {
		this.jdbc = jdbc;
		this.demo = demo;
		this.activityBefore = ActivityBaseline.take(jdbc);
	}

	Long adatum() {
		return this.demo.customerId("adatum.test");
	}

	Long fabrikam() {
		return this.demo.partnerId(DemoAccounts.FABRIKAM);
	}

	Long northwind() {
		return this.demo.partnerId(DemoAccounts.NORTHWIND);
	}

	/**
	 * Suspends what Fabrikam sold, so that nothing blocks the removal.
	 */
	void suspendFabrikamSubscriptions() {
		this.jdbc.update("update subscription set status = 'SUSPENDED' where customer_id = ? and"
				+ " partner_of_record_id = ? and status = 'ACTIVE'", adatum(), fabrikam());
	}

	/**
	 * Makes Fabrikam the support contact of a subscription Northwind sold and of the
	 * Azure plan bought elsewhere; Fabrikam already is of its own three.
	 */
	void fabrikamSupportsOthersSubscriptions() {
		this.jdbc.update(
				"insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)"
						+ " values (?, ?, 'ADVISOR', 'ACTIVE', timestamp with time zone '2026-02-01 08:00:00+00')",
				northwind(), adatum());
		this.jdbc.update("insert into subscription (customer_id, service_id, offer_name, seats, status,"
				+ " partner_of_record_id, support_contact_partner_id, created_at) values (?, ?, ?, 10, 'ACTIVE', ?, ?,"
				+ " timestamp with time zone '2026-02-01 08:00:00+00')", adatum(), this.demo.serviceId("OFFICE_365"),
				NORTHWIND_OFFER, northwind(), fabrikam());
		this.jdbc.update("update subscription set support_contact_partner_id = ? where customer_id = ?"
				+ " and partner_of_record_id is null", fabrikam(), adatum());
	}

	/**
	 * @return each Adatum subscription's offer and support contact's id ({@code null} for
	 * none), by offer
	 */
	List<String> supportContacts() {
		return this.jdbc.query(
				"select offer_name, support_contact_partner_id from subscription where customer_id = ? order by offer_name",
				(row, number) -> row.getString(1) + "=" + row.getObject(2), adatum());
	}

	String relationshipState() {
		return this.jdbc.queryForObject(
				"select state from reseller_relationship where partner_id = ? and customer_id = ?", String.class,
				fabrikam(), adatum());
	}

	List<String> history() {
		return this.jdbc.queryForList(
				"select h.action from relationship_history h join reseller_relationship r"
						+ " on r.id = h.relationship_id where r.partner_id = ? and r.customer_id = ? order by h.id",
				String.class, fabrikam(), adatum());
	}

	int activeGrants() {
		return this.jdbc.queryForObject(
				"select count(*) from delegated_admin_grant g join reseller_relationship r"
						+ " on r.id = g.relationship_id where r.partner_id = ? and r.customer_id = ? and g.active",
				Integer.class, fabrikam(), adatum());
	}

	/**
	 * @return the actions of Adatum's activity entries written since the fixture was
	 * made, oldest first
	 */
	List<String> activity() {
		return this.jdbc.queryForList("select action from activity_log where customer_id = ? and id > ? order by id",
				String.class, adatum(), this.activityBefore.lastEntryBefore());
	}

	/**
	 * @param entries entries about Adatum
	 * @return those written since the fixture was made
	 */
	List<ActivityLogEntry> writtenSince(List<ActivityLogEntry> entries) {
		return this.activityBefore.writtenSince(entries);
	}

}
