package com.partnerportal.relationship;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.customer.CustomerActor;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalTest
@Transactional
class DelegatedAdminRemovalTests {

	@Autowired
	DelegatedAdminRemoval removal;

	@Autowired
	ResellerRelationshipRepository relationships;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoRelationships demoRelationships;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private CustomerActor adatumAdmin;

	private Long adatum;

	private Long fabrikam;

	private Long directory;

	private Long office;

	/**
	 * The newest activity entry before the test: the demo gives Adatum months of history,
	 * a removal of delegated admin among it.
	 */
	private ActivityBaseline activityBefore;

	@BeforeEach
	void signIn() {
		this.activityBefore = ActivityBaseline.take(this.jdbc);
		this.adatumAdmin = this.demo.customerActor(DemoAccounts.ADATUM_ADMIN);
		this.adatum = this.adatumAdmin.customerId();
		this.fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		this.directory = this.demo.serviceId("AZURE_AD");
		this.office = this.demo.serviceId("OFFICE_365");
	}

	@Test
	void removeWhenOneServiceOfOnePartnerThenOnlyThatGrantGoesAndTheRelationshipStays() {
		RemovalPlan removed = this.removal.remove(this.adatumAdmin,
				DelegatedAdminScope.of(this.fabrikam, this.directory));

		assertThat(removed.reach()).isEqualTo(RemovalPlan.Reach.PARTNER_SERVICE);
		assertThat(removed.partnerName()).isEqualTo(DemoAccounts.FABRIKAM);
		assertThat(removed.serviceName()).isEqualTo("Azure Active Directory");
		assertThat(removed.items()).singleElement().satisfies((item) -> {
			assertThat(item.partnerId()).isEqualTo(this.fabrikam);
			assertThat(item.serviceId()).isEqualTo(this.directory);
		});
		ResellerRelationship relationship = reloadFabrikam();
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.holdsDelegatedAdmin(this.directory)).isFalse();
		assertThat(relationship.holdsDelegatedAdmin(this.office)).isTrue();
		assertThat(removals()).singleElement().satisfies((entry) -> {
			assertThat(entry.getPartnerId()).isEqualTo(this.fabrikam);
			assertThat(entry.getCustomerId()).isEqualTo(this.adatum);
			assertThat(entry.getCustomerName()).isEqualTo("Adatum Italia");
			assertThat(entry.getActorId()).isEqualTo(this.adatumAdmin.userId());
			assertThat(entry.getActorOrganisation()).isEqualTo("Adatum Italia");
			assertThat(entry.getOldValue()).isEqualTo("Azure Active Directory: delegated admin");
			assertThat(entry.getNewValue()).isEqualTo("removed");
		});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from relationship_history where relationship_id = ? and service_id = ? and action = 'DELEGATED_ADMIN_REMOVED' and actor_id = ?",
				Integer.class, relationship.getId(), this.directory, this.adatumAdmin.userId()))
			.isEqualTo(1);
	}

	@Test
	void removeWhenEveryServiceOfOnePartnerThenEveryGrantGoesAndTheRelationshipStays() {
		RemovalPlan removed = this.removal.remove(this.adatumAdmin, DelegatedAdminScope.partner(this.fabrikam));

		assertThat(removed.reach()).isEqualTo(RemovalPlan.Reach.PARTNER);
		assertThat(removed.serviceNames()).containsExactly("Azure Active Directory", "Office 365");
		ResellerRelationship relationship = reloadFabrikam();
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.getRelationshipType()).isEqualTo(RelationshipType.RESELLER);
		assertThat(relationship.getGrants()).isNotEmpty().noneMatch(DelegatedAdminGrant::isActive);
		assertThat(removals()).extracting(ActivityLogEntry::getOldValue)
			.containsExactly("Azure Active Directory: delegated admin", "Office 365: delegated admin");
	}

	@Test
	void removeWhenEveryPartnerThenNoDelegatedAdminLeftAndEveryRelationshipStays() {
		Long northwind = relateNorthwindWithDelegatedAdmin();

		RemovalPlan removed = this.removal.remove(this.adatumAdmin, DelegatedAdminScope.everything());

		assertThat(removed.reach()).isEqualTo(RemovalPlan.Reach.EVERYTHING);
		assertThat(removed.items()).hasSize(4);
		assertThat(removed.partnerNames()).containsExactly(DemoAccounts.FABRIKAM, DemoAccounts.NORTHWIND);
		this.entityManager.flush();
		this.entityManager.clear();
		List<ResellerRelationship> active = this.relationships.findByCustomerIdAndState(this.adatum,
				RelationshipState.ACTIVE);
		assertThat(active).hasSize(2);
		assertThat(active).allSatisfy((relationship) -> assertThat(relationship.getGrants()).isNotEmpty()
			.noneMatch(DelegatedAdminGrant::isActive));
		assertThat(removals()).hasSize(4)
			.extracting(ActivityLogEntry::getPartnerId)
			.containsOnly(this.fabrikam, northwind);
	}

	@Test
	void removeWhenOneServiceOfEveryPartnerThenOtherServicesKeepTheirs() {
		relateNorthwindWithDelegatedAdmin();

		RemovalPlan removed = this.removal.remove(this.adatumAdmin, DelegatedAdminScope.service(this.office));

		assertThat(removed.reach()).isEqualTo(RemovalPlan.Reach.SERVICE);
		assertThat(removed.partnerNames()).containsExactly(DemoAccounts.FABRIKAM, DemoAccounts.NORTHWIND);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.relationships.findByCustomerIdAndState(this.adatum, RelationshipState.ACTIVE))
			.allSatisfy((relationship) -> {
				assertThat(relationship.holdsDelegatedAdmin(this.office)).isFalse();
				assertThat(relationship.holdsDelegatedAdmin(this.directory)).isTrue();
			});
		assertThat(removals()).hasSize(2);
	}

	@Test
	void removeWhenNothingHeldThenEmptyAndNothingWritten() {
		this.removal.remove(this.adatumAdmin, DelegatedAdminScope.of(this.fabrikam, this.directory));
		this.entityManager.flush();
		int history = historyLines();

		RemovalPlan removed = this.removal.remove(this.adatumAdmin,
				DelegatedAdminScope.of(this.fabrikam, this.directory));

		assertThat(removed.isEmpty()).isTrue();
		this.entityManager.flush();
		assertThat(historyLines()).isEqualTo(history);
		assertThat(removals()).hasSize(1);
	}

	@Test
	void removeWhenCustomerHasNoPartnersThenNothingToRemove() {
		CustomerActor contosoAdmin = this.demo.customerActor(DemoAccounts.CONTOSO_ADMIN);

		assertThat(this.removal.remove(contosoAdmin, DelegatedAdminScope.everything()).isEmpty()).isTrue();
		assertThat(this.activityLog.entriesForCustomer(contosoAdmin.customerId())).isEmpty();
	}

	@Test
	void removeWhenPartnerRelatedOnlyToAnotherCustomerThenNotFoundAndNothingChanges() {
		CustomerActor contosoAdmin = this.demo.customerActor(DemoAccounts.CONTOSO_ADMIN);

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.remove(contosoAdmin, DelegatedAdminScope.partner(this.fabrikam)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.plan(contosoAdmin, DelegatedAdminScope.of(this.fabrikam, this.directory)));
		assertThat(reloadFabrikam().holdsDelegatedAdmin(this.directory)).isTrue();
	}

	@Test
	void removeWhenPartnerUnknownOrUnrelatedThenNotFound() {
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.remove(this.adatumAdmin, DelegatedAdminScope.partner(northwind)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.remove(this.adatumAdmin, DelegatedAdminScope.partner(987654L)));
	}

	@Test
	void removeWhenServiceUnknownThenNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.removal.remove(this.adatumAdmin, DelegatedAdminScope.of(this.fabrikam, 987654L)));
	}

	@Test
	void removeWhenServiceOutsideDelegatedAdminThenRefused() {
		Long dynamics = this.demo.serviceId("DYNAMICS_365");

		assertThatExceptionOfType(DelegatedAdminNotApplicableException.class)
			.isThrownBy(() -> this.removal.remove(this.adatumAdmin, DelegatedAdminScope.of(this.fabrikam, dynamics)))
			.satisfies((ex) -> assertThat(ex.getServiceName()).isEqualTo("Dynamics 365"));
		assertThat(removals()).isEmpty();
	}

	@Test
	void removeWhenNotGlobalAdminThenAccessDenied() {
		CustomerActor contosoUser = this.demo.customerActor(DemoAccounts.CONTOSO_USER);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.removal.remove(contosoUser, DelegatedAdminScope.everything()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.removal.plan(contosoUser, DelegatedAdminScope.everything()));
	}

	@Test
	void planWhenPartnerHoldsDelegatedAdminThenListsItAndChangesNothing() {
		RemovalPlan plan = this.removal.plan(this.adatumAdmin, DelegatedAdminScope.partner(this.fabrikam));

		assertThat(plan.relationshipType()).isEqualTo(RelationshipType.RESELLER);
		assertThat(plan.serviceNames()).containsExactly("Azure Active Directory", "Office 365");
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(reloadFabrikam().holdsDelegatedAdmin(this.directory)).isTrue();
		assertThat(removals()).isEmpty();
	}

	@Test
	void grantDelegatedAdminWhenRemovedBeforeThenHeldAgain() {
		this.removal.remove(this.adatumAdmin, DelegatedAdminScope.of(this.fabrikam, this.directory));
		this.entityManager.flush();

		ResellerRelationship relationship = reloadFabrikam();
		Instant restoredAt = Instant.parse("2026-06-01T08:00:00Z");
		relationship.grantDelegatedAdmin(this.catalogue.findById(this.directory).orElseThrow(), restoredAt,
				this.adatumAdmin.actor());
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(reloadFabrikam().delegatedAdminSince(this.directory)).contains(restoredAt);
	}

	private ResellerRelationship reloadFabrikam() {
		return this.relationships.findByPartnerIdAndCustomerId(this.fabrikam, this.adatum).orElseThrow();
	}

	/**
	 * @return the removals of delegated admin at Adatum that the test wrote, oldest first
	 */
	private List<ActivityLogEntry> removals() {
		return this.activityBefore.writtenSince(this.activityLog.entriesForCustomer(this.adatum))
			.stream()
			.filter((entry) -> entry.getAction() == ActivityAction.DELEGATED_ADMIN_REMOVED)
			.toList();
	}

	private int historyLines() {
		Integer count = this.jdbc.queryForObject("select count(*) from relationship_history", Integer.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Northwind is outside the CSP programme, so it may hold delegated admin beside
	 * Fabrikam.
	 */
	private Long relateNorthwindWithDelegatedAdmin() {
		Instant at = Instant.parse("2026-02-01T08:00:00Z");
		ResellerRelationship relationship = this.demoRelationships.relate(DemoAccounts.NORTHWIND, this.adatum, at);
		this.demoRelationships.grant(relationship, "AZURE_AD", at);
		this.demoRelationships.grant(relationship, "OFFICE_365", at);
		this.entityManager.flush();
		this.entityManager.clear();
		return this.demo.partnerId(DemoAccounts.NORTHWIND);
	}

}
