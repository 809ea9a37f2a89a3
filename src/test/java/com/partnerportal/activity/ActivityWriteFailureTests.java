package com.partnerportal.activity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.partnerportal.DemoAccounts;
import com.partnerportal.activity.internal.ActivityLogRepository;
import com.partnerportal.customer.CustomerActor;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.PartnerUserManagement;
import com.partnerportal.relationship.DelegatedAdminRemoval;
import com.partnerportal.relationship.DelegatedAdminScope;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * An entry that cannot be written takes the change it describes down with it: the
 * listener runs in the publisher's transaction, so its failure is the change's failure,
 * whether the service published the event itself or an aggregate registered it.
 */
@SpringBootTest
class ActivityWriteFailureTests {

	@Autowired
	PartnerUserManagement partnerUsers;

	@Autowired
	DelegatedAdminRemoval delegatedAdminRemoval;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	/** The log's storage, failing every write. */
	@MockitoBean
	ActivityLogRepository entries;

	@Test
	void serviceEventWhenTheEntryCannotBeWrittenThenTheChangeIsRolledBack() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long agentId = this.demo.user("agent@fabrikam.test").userId();
		given(this.entries.save(any())).willThrow(new IllegalStateException("The log is unavailable"));

		assertThatRuntimeException()
			.isThrownBy(
					() -> this.partnerUsers.changeRole(ga.partnerId(), agentId, PartnerRole.HELPDESK_AGENT, ga.actor()))
			.withMessageContaining("The log is unavailable");

		assertThat(this.demo.user("agent@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void aggregateEventWhenTheEntryCannotBeWrittenThenTheChangeAndItsHistoryAreRolledBack() {
		CustomerActor adatumAdmin = this.demo.customerActor(DemoAccounts.ADATUM_ADMIN);
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long directory = this.demo.serviceId("AZURE_AD");
		long historyBefore = count("select count(*) from relationship_history");
		given(this.entries.save(any())).willThrow(new IllegalStateException("The log is unavailable"));

		// Through the repository that publishes the aggregate's events, the failure
		// arrives
		// translated, as a data access exception.
		assertThatRuntimeException()
			.isThrownBy(
					() -> this.delegatedAdminRemoval.remove(adatumAdmin, DelegatedAdminScope.of(fabrikam, directory)))
			.withMessageContaining("The log is unavailable");

		assertThat(count("""
				select count(*) from delegated_admin_grant g
				join reseller_relationship r on r.id = g.relationship_id
				where r.partner_id = ? and r.customer_id = ? and g.service_id = ? and g.active""", fabrikam,
				adatumAdmin.customerId(), directory))
			.as("Fabrikam still holds delegated admin for the directory at Adatum")
			.isOne();
		assertThat(count("select count(*) from relationship_history")).isEqualTo(historyBefore);
	}

	private long count(String sql, Object... arguments) {
		Long count = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (count != null) ? count : 0;
	}

}
