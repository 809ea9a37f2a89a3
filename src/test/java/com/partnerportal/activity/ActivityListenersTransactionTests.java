package com.partnerportal.activity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerportal.PortalTest;
import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.customer.CustomerActor;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.PartnerUserManagement;
import com.partnerportal.relationship.DelegatedAdminRemoval;
import com.partnerportal.relationship.DelegatedAdminScope;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The features publish their changes and this module's listeners write the entries in the
 * publisher's transaction: a change and its entry commit together or not at all, whether
 * the service publishes the event itself or an aggregate registers it. Every test here
 * ends in a rollback, so the shared demo data stays as it was.
 */
@PortalTest
class ActivityListenersTransactionTests {

	@Autowired
	PartnerUserManagement partnerUsers;

	@Autowired
	DelegatedAdminRemoval delegatedAdminRemoval;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ActivityLog activityLog;

	private ActivityBaseline activityBefore;

	@BeforeEach
	void takeBaseline() {
		this.activityBefore = ActivityBaseline.take(this.jdbc);
	}

	@Test
	void serviceEventWhenTheTransactionFailsAfterItThenNeitherTheChangeNorTheEntryIsKept() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long agentId = this.demo.user("agent@fabrikam.test").userId();

		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.partnerUsers.changeRole(ga.partnerId(), agentId, PartnerRole.HELPDESK_AGENT, ga.actor());
			assertThat(this.activityBefore.writtenSince(this.activityLog.entriesForPartner(ga.partnerId())))
				.as("written in the change's own transaction")
				.extracting(ActivityLogEntry::getAction)
				.containsExactly(ActivityAction.USER_ROLE_CHANGED);
			throw new IllegalStateException("A failure after the event");
		}));

		assertThat(entriesSinceBaseline()).isZero();
		assertThat(this.demo.user("agent@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void aggregateEventWhenTheTransactionFailsAfterItThenNeitherTheChangeNorTheEntryIsKept() {
		CustomerActor adatumAdmin = this.demo.customerActor(DemoAccounts.ADATUM_ADMIN);
		DelegatedAdminScope directory = DelegatedAdminScope.of(this.demo.partnerId(DemoAccounts.FABRIKAM),
				this.demo.serviceId("AZURE_AD"));

		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.delegatedAdminRemoval.remove(adatumAdmin, directory);
			assertThat(this.activityBefore.writtenSince(this.activityLog.entriesForCustomer(adatumAdmin.customerId())))
				.as("written in the change's own transaction")
				.extracting(ActivityLogEntry::getAction)
				.containsExactly(ActivityAction.DELEGATED_ADMIN_REMOVED);
			throw new IllegalStateException("A failure after the event");
		}));

		assertThat(entriesSinceBaseline()).isZero();
		assertThat(fabrikamHoldsDirectoryAtAdatum()).isTrue();
	}

	private long entriesSinceBaseline() {
		Long count = this.jdbc.queryForObject("select count(*) from activity_log where id > ?", Long.class,
				this.activityBefore.lastEntryBefore());
		return (count != null) ? count : 0;
	}

	private boolean fabrikamHoldsDirectoryAtAdatum() {
		Long count = this.jdbc.queryForObject("""
				select count(*) from delegated_admin_grant g
				join reseller_relationship r on r.id = g.relationship_id
				where r.partner_id = ? and r.customer_id = ? and g.service_id = ? and g.active""", Long.class,
				this.demo.partnerId(DemoAccounts.FABRIKAM),
				this.demo.customerActor(DemoAccounts.ADATUM_ADMIN).customerId(), this.demo.serviceId("AZURE_AD"));
		return count != null && count == 1;
	}

}
