package com.partnerportal.relationship;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.TestPartners;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalTest
@Transactional
class RelationshipEstablishmentTests {

	@Autowired
	RelationshipEstablishment establishment;

	@Autowired
	ResellerRelationshipRepository relationships;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	@Autowired
	TestPartners partners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void acceptWhenAHolderAppearedSinceTheCustomerLookedThenHeldElsewhereAndNothingChanged() {
		PortalUser marco = this.demo.user(DemoAccounts.ADATUM_ADMIN);
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		Long wingtipId = wingtip.getPartner().getId();
		// The demo gives Adatum months of history before this.
		ActivityBaseline activityBefore = ActivityBaseline.take(this.jdbc);

		// The customer saw no conflict; Fabrikam holds both services by now.
		assertThatExceptionOfType(DelegatedAdminHeldElsewhereException.class)
			.isThrownBy(
					() -> this.establishment.accept(wingtipId, marco.customerId(), true, Set.of(), "", marco.actor()))
			.satisfies((ex) -> assertThat(ex.getConflicts()).extracting(DelegatedAdminConflict::holderName)
				.containsOnly(DemoAccounts.FABRIKAM));

		assertThat(this.relationships.findByPartnerIdAndCustomerId(wingtipId, marco.customerId())).isEmpty();
		assertThat(activityBefore.writtenSince(this.activityLog.entriesForCustomer(marco.customerId()))).isEmpty();
	}

	@Test
	void acceptWhenTheConflictsAreTheExpectedOnesThenKeepsOrMovesAsChosen() {
		PortalUser marco = this.demo.user(DemoAccounts.ADATUM_ADMIN);
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		Long wingtipId = wingtip.getPartner().getId();
		Long office = this.demo.serviceId("OFFICE_365");
		RelationshipPlan plan = this.establishment.plan(wingtipId, marco.customerId(), true);

		this.establishment.accept(wingtipId, marco.customerId(), true, Set.of(office), plan.conflictsKey(),
				marco.actor());

		ResellerRelationship newcomer = this.relationships.findByPartnerIdAndCustomerId(wingtipId, marco.customerId())
			.orElseThrow();
		assertThat(newcomer.holdsDelegatedAdmin(office)).isTrue();
		assertThat(newcomer.holdsDelegatedAdmin(this.demo.serviceId("AZURE_AD"))).isFalse();
	}

}
