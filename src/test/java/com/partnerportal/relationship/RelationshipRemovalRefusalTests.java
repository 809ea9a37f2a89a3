package com.partnerportal.relationship;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A refused removal still leaves its activity entry once the service's own transaction
 * ends. Runs without a test transaction, so it removes the entries it caused afterwards.
 */
@PortalTest
class RelationshipRemovalRefusalTests {

	@Autowired
	RelationshipRemoval removal;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@AfterEach
	void forgetRefusals() {
		this.jdbc.update("delete from activity_log where action = 'RELATIONSHIP_REMOVAL_REFUSED'");
	}

	@Test
	void removeWhenBlockedBySubscriptionsThenRefusalCommittedAndNothingElse() {
		AdatumFixture adatum = new AdatumFixture(this.jdbc, this.demo);

		assertThatExceptionOfType(RelationshipRemovalBlockedException.class)
			.isThrownBy(() -> this.removal.remove(this.demo.partnerActor("ga@fabrikam.test"), adatum.adatum()));

		assertThat(adatum.activity()).containsExactly("RELATIONSHIP_REMOVAL_REFUSED");
		assertThat(adatum.relationshipState()).isEqualTo("ACTIVE");
		assertThat(adatum.activeGrants()).isEqualTo(2);
	}

	@Test
	void removeWhenRoleMayNotThenRefusalCommitted() {
		AdatumFixture adatum = new AdatumFixture(this.jdbc, this.demo);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.removal.remove(this.demo.partnerActor("helpdesk@fabrikam.test"), adatum.adatum()));

		assertThat(adatum.activity()).containsExactly("RELATIONSHIP_REMOVAL_REFUSED");
		assertThat(adatum.relationshipState()).isEqualTo("ACTIVE");
	}

}
