package com.partnerportal.relationship;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.partner.PartnerActor;
import com.partnerportal.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@PortalTest
@Transactional
class RelationshipRemovalTests {

	@Autowired
	RelationshipRemoval removal;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	private AdatumFixture adatum;

	private PartnerActor ana;

	@BeforeEach
	void setUp() {
		this.adatum = new AdatumFixture(this.jdbc, this.demo);
		this.ana = this.demo.partnerActor("ga@fabrikam.test");
	}

	@Test
	void previewWhenActiveSubscriptionsSoldThenBlockedByThem() {
		RemovalPreview preview = this.removal.preview(this.ana, this.adatum.adatum());

		assertThat(preview.isBlocked()).isTrue();
		assertThat(preview.customerName()).isEqualTo("Adatum Italia");
		assertThat(preview.blockers())
			.extracting(RemovalBlocker::offerName, RemovalBlocker::serviceName, RemovalBlocker::seats)
			.containsExactly(tuple("Azure AD Premium P1", "Azure Active Directory", 45),
					tuple("Microsoft 365 Business Standard", "Office 365", 45));
	}

	@Test
	void previewWhenNothingBlocksThenNamesDelegatedAdminAndSupportContacts() {
		this.adatum.suspendFabrikamSubscriptions();
		this.adatum.fabrikamSupportsOthersSubscriptions();

		RemovalPreview preview = this.removal.preview(this.ana, this.adatum.adatum());

		assertThat(preview.isBlocked()).isFalse();
		assertThat(preview.delegatedAdminServices()).containsExactly("Azure Active Directory", "Office 365");
		assertThat(preview.supportContacts())
			.extracting(SupportContactHandover::offerName, SupportContactHandover::nextContact)
			.containsExactlyInAnyOrder(tuple("Azure AD Premium P1", null),
					tuple("Microsoft 365 Business Standard", null),
					tuple(AdatumFixture.NORTHWIND_OFFER, DemoAccounts.NORTHWIND),
					tuple("Dynamics 365 Sales Professional", null), tuple("Azure plan", null));
		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
	}

	@Test
	void previewWhenSalesOrHelpdeskAgentThenAccessDenied() {
		for (String email : List.of("sales@fabrikam.test", "helpdesk@fabrikam.test")) {
			PartnerActor agent = this.demo.partnerActor(email);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.removal.preview(agent, this.adatum.adatum()));
		}
	}

	@Test
	void previewWhenNotThePartnersCustomerThenNotFound() {
		Long contoso = this.demo.customerId("contoso.test");
		PartnerActor giulia = this.demo.partnerActor("ga@northwind.test");

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.removal.preview(this.ana, contoso));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.preview(this.ana, Long.MAX_VALUE));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.preview(giulia, this.adatum.adatum()));
	}

	@Test
	void removeWhenActiveSubscriptionsSoldThenRefusedWithThemAndRefusalLogged() {
		assertThatExceptionOfType(RelationshipRemovalBlockedException.class)
			.isThrownBy(() -> this.removal.remove(this.ana, this.adatum.adatum()))
			.satisfies((ex) -> assertThat(ex.getPreview().blockers()).hasSize(2));

		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
		assertThat(this.adatum.activeGrants()).isEqualTo(2);
		assertThat(this.adatum.history()).doesNotContain("ENDED");
		List<ActivityLogEntry> entries = this.adatum
			.writtenSince(this.activityLog.entriesForCustomer(this.adatum.adatum()));
		assertThat(entries).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_REMOVAL_REFUSED);
		assertThat(entries.get(0).getNewValue()).isEqualTo(RelationshipRemoval.REFUSED_FOR_SUBSCRIPTIONS
				+ ": Azure AD Premium P1, Microsoft 365 Business Standard");
		assertThat(entries.get(0).getPartnerId()).isEqualTo(this.adatum.fabrikam());
		assertThat(entries.get(0).getActorId()).isEqualTo(this.ana.userId());
	}

	@Test
	void removeWhenSalesAgentThenAccessDeniedAndRefusalLogged() {
		this.adatum.suspendFabrikamSubscriptions();
		PartnerActor carmen = this.demo.partnerActor("sales@fabrikam.test");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.removal.remove(carmen, this.adatum.adatum()));

		assertThat(this.adatum.relationshipState()).isEqualTo("ACTIVE");
		List<ActivityLogEntry> entries = this.adatum
			.writtenSince(this.activityLog.entriesForCustomer(this.adatum.adatum()));
		assertThat(entries).extracting(ActivityLogEntry::getAction, ActivityLogEntry::getNewValue)
			.containsExactly(tuple(ActivityAction.RELATIONSHIP_REMOVAL_REFUSED, RelationshipRemoval.REFUSED_FOR_ROLE));
	}

	@Test
	void removeWhenSalesAgentAsksForAnotherPartnersCustomerThenRefusalDoesNotNameIt() {
		PartnerActor carmen = this.demo.partnerActor("sales@fabrikam.test");
		Long contoso = this.demo.customerId("contoso.test");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.removal.remove(carmen, contoso));

		assertThat(this.activityLog.entriesForCustomer(contoso)).isEmpty();
		assertThat(this.activityLog.entriesForPartner(this.adatum.fabrikam()))
			.filteredOn((entry) -> entry.getAction() == ActivityAction.RELATIONSHIP_REMOVAL_REFUSED)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getCustomerId()).isNull());
	}

	@Test
	void removeWhenNothingBlocksThenEndsRelationshipDelegatedAdminAndSupportContacts() {
		this.adatum.suspendFabrikamSubscriptions();
		this.adatum.fabrikamSupportsOthersSubscriptions();
		PartnerActor bruno = this.demo.partnerActor("agent@fabrikam.test");
		// The demo's history of the relationship, relative to the day it starts, ends
		// before this.
		Long historyBefore = this.jdbc.queryForObject("select max(id) from relationship_history", Long.class);

		RemovalPreview removed = this.removal.remove(bruno, this.adatum.adatum());
		this.entityManager.flush();

		assertThat(removed.customerName()).isEqualTo("Adatum Italia");
		assertThat(this.adatum.relationshipState()).isEqualTo("ENDED");
		assertThat(this.adatum.activeGrants()).isZero();
		assertThat(this.adatum.history()).endsWith("DELEGATED_ADMIN_REMOVED", "DELEGATED_ADMIN_REMOVED", "ENDED");
		assertThat(this.jdbc.queryForList(
				"select h.actor_id from relationship_history h join reseller_relationship r"
						+ " on r.id = h.relationship_id where r.partner_id = ? and r.customer_id = ? and h.id > ?",
				Long.class, this.adatum.fabrikam(), this.adatum.adatum(), historyBefore))
			.hasSize(3)
			.containsOnly(bruno.userId());
		assertThat(this.jdbc.queryForObject("select count(*) from delegated_admin_grant where customer_id = ?"
				+ " and csp_holder_customer_id is not null", Integer.class, this.adatum.adatum()))
			.isZero();
		assertThat(this.adatum.supportContacts()).containsExactly("Azure AD Premium P1=null", "Azure plan=null",
				"Dynamics 365 Sales Professional=null", "Microsoft 365 Business Standard=null",
				AdatumFixture.NORTHWIND_OFFER + "=" + this.adatum.northwind());
		List<ActivityLogEntry> entries = this.adatum
			.writtenSince(this.activityLog.entriesForCustomer(this.adatum.adatum()));
		assertThat(entries).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_REMOVED, ActivityAction.DELEGATED_ADMIN_REMOVED,
					ActivityAction.DELEGATED_ADMIN_REMOVED, ActivityAction.SUPPORT_CONTACT_CHANGED,
					ActivityAction.SUPPORT_CONTACT_CHANGED, ActivityAction.SUPPORT_CONTACT_CHANGED,
					ActivityAction.SUPPORT_CONTACT_CHANGED, ActivityAction.SUPPORT_CONTACT_CHANGED);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.getActorId()).isEqualTo(bruno.userId());
			assertThat(entry.getPartnerId()).isEqualTo(this.adatum.fabrikam());
			assertThat(entry.getCustomerName()).isEqualTo("Adatum Italia");
		});
		assertThat(entries.get(0).getOldValue()).isEqualTo("ACTIVE");
		assertThat(entries.get(0).getNewValue()).isEqualTo("ENDED");
		assertThat(entries).extracting(ActivityLogEntry::getOldValue, ActivityLogEntry::getNewValue)
			.contains(tuple("Azure Active Directory: delegated admin", "removed"),
					tuple(AdatumFixture.NORTHWIND_OFFER + ": " + DemoAccounts.FABRIKAM,
							AdatumFixture.NORTHWIND_OFFER + ": " + DemoAccounts.NORTHWIND),
					tuple("Azure plan: " + DemoAccounts.FABRIKAM, "Azure plan: none"));
	}

	@Test
	void removeWhenAlreadyRemovedThenNotFound() {
		this.adatum.suspendFabrikamSubscriptions();
		this.removal.remove(this.ana, this.adatum.adatum());

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.remove(this.ana, this.adatum.adatum()));
	}

	@Test
	void fittedWhenReasonTooLongForTheLogThenCut() {
		String reason = "x".repeat(RelationshipRemoval.MAX_VALUE_LENGTH + 10);

		assertThat(RelationshipRemoval.fitted(reason)).hasSize(RelationshipRemoval.MAX_VALUE_LENGTH).endsWith("\u2026");
		assertThat(RelationshipRemoval.fitted("short")).isEqualTo("short");
	}

}
