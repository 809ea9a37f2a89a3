package com.partnerportal.relationship;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ResellerRelationshipTests {

	private static final Instant ESTABLISHED_AT = Instant.parse("2026-02-01T10:00:00Z");

	private static final Instant LATER = Instant.parse("2026-03-01T10:00:00Z");

	private static final Instant MUCH_LATER = Instant.parse("2026-04-01T10:00:00Z");

	private static final Actor ACTOR = new Actor(42L, "Marco Rossi", "Adatum Italia");

	private final CloudService directory = service(1L, "AZURE_AD", "Azure Active Directory", true);

	private final CloudService office = service(2L, "OFFICE_365", "Office 365", true);

	private final CloudService dynamics = service(3L, "DYNAMICS_365", "Dynamics 365", false);

	private final Customer adatum = customer(7L, "Adatum Italia");

	@Test
	void establishWhenCspPartnerThenActiveResellerWithEstablishedHistory() {
		ResellerRelationship relationship = ResellerRelationship.establish(cspPartner(), this.adatum, ESTABLISHED_AT,
				ACTOR);

		assertThat(relationship.getState()).isEqualTo(RelationshipState.ACTIVE);
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.getRelationshipType()).isEqualTo(RelationshipType.RESELLER);
		assertThat(relationship.getSince()).isEqualTo(ESTABLISHED_AT);
		assertThat(relationship.getGrants()).isEmpty();
		assertThat(relationship.getHistory()).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(RelationshipAction.ESTABLISHED);
			assertThat(entry.getServiceId()).isNull();
			assertThat(entry.getOccurredAt()).isEqualTo(ESTABLISHED_AT);
			assertThat(entry.getActorId()).isEqualTo(ACTOR.userId());
		});
	}

	@Test
	void establishWhenPartnerOutsideCspThenAdvisor() {
		ResellerRelationship relationship = ResellerRelationship.establish(advisor(), this.adatum, ESTABLISHED_AT,
				ACTOR);

		assertThat(relationship.getRelationshipType()).isEqualTo(RelationshipType.ADVISOR);
		assertThat(relationship.isActive()).isTrue();
	}

	@Test
	void grantDelegatedAdminWhenNotHeldThenActiveGrantAndGrantedHistory() {
		ResellerRelationship relationship = established(cspPartner());

		Optional<RelationshipAction> action = relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);

		assertThat(action).contains(RelationshipAction.DELEGATED_ADMIN_GRANTED);
		assertThat(relationship.holdsDelegatedAdmin(1L)).isTrue();
		assertThat(relationship.holdsDelegatedAdmin(2L)).isFalse();
		assertThat(relationship.delegatedAdminSince(1L)).contains(LATER);
		assertThat(relationship.getGrants()).singleElement().satisfies((grant) -> {
			assertThat(grant.isActive()).isTrue();
			assertThat(grant.getServiceId()).isEqualTo(1L);
			assertThat(grant.getSince()).isEqualTo(LATER);
		});
		assertThat(relationship.getHistory()).last().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(RelationshipAction.DELEGATED_ADMIN_GRANTED);
			assertThat(entry.getServiceId()).isEqualTo(1L);
		});
	}

	@Test
	void grantDelegatedAdminWhenAlreadyHeldThenNothingHappens() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		int historyBefore = relationship.getHistory().size();

		Optional<RelationshipAction> action = relationship.grantDelegatedAdmin(this.directory, MUCH_LATER, ACTOR);

		assertThat(action).isEmpty();
		assertThat(relationship.getHistory()).hasSize(historyBefore);
		assertThat(relationship.getGrants()).hasSize(1);
		assertThat(relationship.delegatedAdminSince(1L)).contains(LATER);
	}

	@Test
	void removeDelegatedAdminWhenHeldThenGrantInactiveAndRelationshipStays() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		relationship.grantDelegatedAdmin(this.office, LATER, ACTOR);

		boolean removed = relationship.removeDelegatedAdmin(1L, MUCH_LATER, ACTOR);

		assertThat(removed).isTrue();
		assertThat(relationship.holdsDelegatedAdmin(1L)).isFalse();
		assertThat(relationship.delegatedAdminSince(1L)).isEmpty();
		assertThat(relationship.holdsDelegatedAdmin(2L)).isTrue();
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.getRelationshipType()).isEqualTo(RelationshipType.RESELLER);
		assertThat(relationship.getHistory()).last().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(RelationshipAction.DELEGATED_ADMIN_REMOVED);
			assertThat(entry.getServiceId()).isEqualTo(1L);
			assertThat(entry.getOccurredAt()).isEqualTo(MUCH_LATER);
			assertThat(entry.getActorId()).isEqualTo(ACTOR.userId());
		});
	}

	@Test
	void removeDelegatedAdminWhenNeverGrantedThenFalseAndNoHistory() {
		ResellerRelationship relationship = established(cspPartner());

		assertThat(relationship.removeDelegatedAdmin(1L, LATER, ACTOR)).isFalse();
		assertThat(relationship.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.containsExactly(RelationshipAction.ESTABLISHED);
	}

	@Test
	void removeDelegatedAdminWhenAlreadyRemovedThenFalseAndNoHistory() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		relationship.removeDelegatedAdmin(1L, LATER, ACTOR);
		int historyBefore = relationship.getHistory().size();

		assertThat(relationship.removeDelegatedAdmin(1L, MUCH_LATER, ACTOR)).isFalse();
		assertThat(relationship.getHistory()).hasSize(historyBefore);
	}

	@Test
	void grantDelegatedAdminWhenRemovedBeforeThenRestoredOnTheSameGrant() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		relationship.removeDelegatedAdmin(1L, LATER, ACTOR);

		Optional<RelationshipAction> action = relationship.grantDelegatedAdmin(this.directory, MUCH_LATER, ACTOR);

		assertThat(action).contains(RelationshipAction.DELEGATED_ADMIN_RESTORED);
		assertThat(relationship.holdsDelegatedAdmin(1L)).isTrue();
		assertThat(relationship.delegatedAdminSince(1L)).contains(MUCH_LATER);
		assertThat(relationship.getGrants()).hasSize(1);
		assertThat(relationship.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.containsExactly(RelationshipAction.ESTABLISHED, RelationshipAction.DELEGATED_ADMIN_GRANTED,
					RelationshipAction.DELEGATED_ADMIN_REMOVED, RelationshipAction.DELEGATED_ADMIN_RESTORED);
	}

	@Test
	void delegatedAdminServicesWhenGrantsChangeThenCountsTheActiveOnes() {
		ResellerRelationship relationship = established(cspPartner());
		assertThat(relationship.getDelegatedAdminServices()).isZero();

		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		relationship.grantDelegatedAdmin(this.office, LATER, ACTOR);
		assertThat(relationship.getDelegatedAdminServices()).isEqualTo(2);

		relationship.removeDelegatedAdmin(2L, LATER, ACTOR);
		assertThat(relationship.getDelegatedAdminServices()).isEqualTo(1);

		relationship.moveDelegatedAdminAway(1L, advisor(), LATER, ACTOR);
		assertThat(relationship.getDelegatedAdminServices()).isZero();

		relationship.takeOverDelegatedAdmin(this.directory, advisor(), MUCH_LATER, ACTOR);
		relationship.grantDelegatedAdmin(this.office, MUCH_LATER, ACTOR);
		assertThat(relationship.getDelegatedAdminServices()).isEqualTo(2);

		relationship.end(MUCH_LATER, ACTOR);
		assertThat(relationship.getDelegatedAdminServices()).isZero();
	}

	@Test
	void grantDelegatedAdminWhenServiceOutsideDelegatedAdminThenIllegalArgument() {
		ResellerRelationship relationship = established(cspPartner());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> relationship.grantDelegatedAdmin(this.dynamics, LATER, ACTOR));
		assertThat(relationship.getGrants()).isEmpty();
		assertThat(relationship.getHistory()).hasSize(1);
	}

	@Test
	void grantDelegatedAdminWhenRelationshipEndedThenIllegalState() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.end(LATER, ACTOR);

		assertThatIllegalStateException()
			.isThrownBy(() -> relationship.grantDelegatedAdmin(this.directory, MUCH_LATER, ACTOR));
		assertThat(relationship.getGrants()).isEmpty();
	}

	@Test
	void endWhenActiveThenEveryGrantInactiveAndEnded() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		relationship.grantDelegatedAdmin(this.office, LATER, ACTOR);
		relationship.removeDelegatedAdmin(2L, LATER, ACTOR);

		relationship.end(MUCH_LATER, ACTOR);

		assertThat(relationship.getState()).isEqualTo(RelationshipState.ENDED);
		assertThat(relationship.isActive()).isFalse();
		assertThat(relationship.getEndedAt()).isEqualTo(MUCH_LATER);
		assertThat(relationship.getGrants()).noneMatch(DelegatedAdminGrant::isActive)
			.allMatch((grant) -> grant.getCspHolderCustomerId() == null);
		// Only the grant still held gets a removal line; the one removed earlier has
		// its own.
		assertThat(relationship.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.containsExactly(RelationshipAction.ESTABLISHED, RelationshipAction.DELEGATED_ADMIN_GRANTED,
					RelationshipAction.DELEGATED_ADMIN_GRANTED, RelationshipAction.DELEGATED_ADMIN_REMOVED,
					RelationshipAction.DELEGATED_ADMIN_REMOVED, RelationshipAction.ENDED);
	}

	@Test
	void endWhenAlreadyEndedThenIllegalState() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.end(LATER, ACTOR);

		assertThatIllegalStateException().isThrownBy(() -> relationship.end(MUCH_LATER, ACTOR));
		assertThat(relationship.getEndedAt()).isEqualTo(LATER);
	}

	@Test
	void reestablishWhenEndedThenActiveAgainWithoutDelegatedAdmin() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		relationship.end(LATER, ACTOR);

		boolean changed = relationship.reestablish(MUCH_LATER, ACTOR);

		assertThat(changed).isTrue();
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.getSince()).isEqualTo(MUCH_LATER);
		assertThat(relationship.getEndedAt()).isNull();
		assertThat(relationship.holdsDelegatedAdmin(1L)).isFalse();
		assertThat(relationship.getHistory()).last()
			.extracting(RelationshipHistoryEntry::getAction)
			.isEqualTo(RelationshipAction.REESTABLISHED);
	}

	@Test
	void reestablishWhenActiveThenNothingChanges() {
		ResellerRelationship relationship = established(cspPartner());

		assertThat(relationship.reestablish(LATER, ACTOR)).isFalse();
		assertThat(relationship.getSince()).isEqualTo(ESTABLISHED_AT);
		assertThat(relationship.getHistory()).hasSize(1);
	}

	@Test
	void grantDelegatedAdminWhenCspPartnerThenHolderKeySetWhileActive() {
		ResellerRelationship relationship = established(cspPartner());
		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);
		DelegatedAdminGrant grant = relationship.getGrants().get(0);

		assertThat(grant.getCspHolderCustomerId()).isEqualTo(7L);

		relationship.removeDelegatedAdmin(1L, MUCH_LATER, ACTOR);
		assertThat(grant.getCspHolderCustomerId()).isNull();

		relationship.grantDelegatedAdmin(this.directory, MUCH_LATER, ACTOR);
		assertThat(grant.getCspHolderCustomerId()).isEqualTo(7L);
	}

	@Test
	void grantDelegatedAdminWhenPartnerOutsideCspThenNoHolderKey() {
		ResellerRelationship relationship = established(advisor());

		relationship.grantDelegatedAdmin(this.directory, LATER, ACTOR);

		assertThat(relationship.holdsDelegatedAdmin(1L)).isTrue();
		assertThat(relationship.getGrants()).singleElement()
			.extracting(DelegatedAdminGrant::getCspHolderCustomerId)
			.isNull();
	}

	private ResellerRelationship established(Partner partner) {
		return ResellerRelationship.establish(partner, this.adatum, ESTABLISHED_AT, ACTOR);
	}

	private static Partner cspPartner() {
		return partner(1L, "Fabrikam Cloud Partners", true);
	}

	private static Partner advisor() {
		return partner(2L, "Northwind Advisors", false);
	}

	private static Partner partner(Long id, String name, boolean cspMember) {
		Partner partner = new Partner(name, "IT", Region.EUROPE, Cloud.PUBLIC, cspMember, ESTABLISHED_AT);
		ReflectionTestUtils.setField(partner, "id", id);
		return partner;
	}

	private static Customer customer(Long id, String name) {
		Customer customer = new Customer(name, "adatum.test", "IT", Cloud.PUBLIC, ESTABLISHED_AT);
		ReflectionTestUtils.setField(customer, "id", id);
		return customer;
	}

	/**
	 * Services come from the catalogue's migration in production; the constructor is
	 * JPA's, so the fixture fills the fields directly.
	 */
	private static CloudService service(Long id, String code, String name, boolean delegatedAdminApplies) {
		CloudService service = BeanUtils.instantiateClass(CloudService.class);
		ReflectionTestUtils.setField(service, "id", id);
		ReflectionTestUtils.setField(service, "code", code);
		ReflectionTestUtils.setField(service, "name", name);
		ReflectionTestUtils.setField(service, "delegatedAdminApplies", delegatedAdminApplies);
		ReflectionTestUtils.setField(service, "sortOrder", id.intValue() * 10);
		return service;
	}

}
