package com.partnerportal.relationship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * Moving delegated admin between two CSP partners, on the aggregates and in the small
 * domain service that orders the writes.
 */
class DelegatedAdminMoveTests {

	private static final Instant GRANTED_AT = Instant.parse("2026-02-01T10:00:00Z");

	private static final Instant MOVED_AT = Instant.parse("2026-03-01T10:00:00Z");

	private static final Actor ACTOR = new Actor(42L, "Marco Rossi", "Adatum Italia");

	private final CloudService office = service(2L, "OFFICE_365", "Office 365");

	private final Customer adatum = customer(7L);

	private final ResellerRelationship fabrikam = ResellerRelationship.establish(partner(1L, "Fabrikam"), this.adatum,
			GRANTED_AT, ACTOR);

	private final ResellerRelationship wingtip = ResellerRelationship.establish(partner(5L, "Wingtip"), this.adatum,
			GRANTED_AT, ACTOR);

	@Test
	void moveDelegatedAdminAwayWhenHeldThenGrantEndsRelationshipStaysAndHistorySaysMoved() {
		this.fabrikam.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);

		this.fabrikam.moveDelegatedAdminAway(2L, this.wingtip.getPartner(), MOVED_AT, ACTOR);

		assertThat(this.fabrikam.isActive()).isTrue();
		assertThat(this.fabrikam.holdsDelegatedAdmin(2L)).isFalse();
		assertThat(this.fabrikam.getGrants()).singleElement()
			.satisfies((grant) -> assertThat(grant.getCspHolderCustomerId()).isNull());
		assertThat(this.fabrikam.getHistory()).last().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(RelationshipAction.DELEGATED_ADMIN_MOVED);
			assertThat(entry.getServiceId()).isEqualTo(2L);
			assertThat(entry.getOccurredAt()).isEqualTo(MOVED_AT);
			assertThat(entry.getActorId()).isEqualTo(ACTOR.userId());
		});
	}

	@Test
	void moveDelegatedAdminAwayWhenNotHeldThenThrows() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.fabrikam.moveDelegatedAdminAway(2L, this.wingtip.getPartner(), MOVED_AT, ACTOR));
	}

	@Test
	void takeOverDelegatedAdminWhenNotHeldThenHoldsItAsCspHolderAndHistorySaysMoved() {
		this.wingtip.takeOverDelegatedAdmin(this.office, this.fabrikam.getPartner(), MOVED_AT, ACTOR);

		assertThat(this.wingtip.holdsDelegatedAdmin(2L)).isTrue();
		assertThat(this.wingtip.delegatedAdminSince(2L)).contains(MOVED_AT);
		assertThat(this.wingtip.getGrants()).singleElement()
			.satisfies((grant) -> assertThat(grant.getCspHolderCustomerId()).isEqualTo(7L));
		assertThat(this.wingtip.getHistory())
			.extracting(RelationshipHistoryEntry::getAction, RelationshipHistoryEntry::getServiceId)
			.containsExactly(tuple(RelationshipAction.ESTABLISHED, null),
					tuple(RelationshipAction.DELEGATED_ADMIN_MOVED, 2L));
	}

	@Test
	void takeOverDelegatedAdminWhenRemovedBeforeThenReusesTheGrant() {
		this.wingtip.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		this.wingtip.removeDelegatedAdmin(2L, GRANTED_AT, ACTOR);

		this.wingtip.takeOverDelegatedAdmin(this.office, this.fabrikam.getPartner(), MOVED_AT, ACTOR);

		assertThat(this.wingtip.getGrants()).singleElement()
			.satisfies((grant) -> assertThat(grant.isActive()).isTrue());
	}

	@Test
	void takeOverDelegatedAdminWhenHeldAlreadyOrRelationshipEndedThenThrows() {
		this.wingtip.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		assertThatIllegalStateException().isThrownBy(
				() -> this.wingtip.takeOverDelegatedAdmin(this.office, this.fabrikam.getPartner(), MOVED_AT, ACTOR));

		this.wingtip.end(MOVED_AT, ACTOR);
		assertThatIllegalStateException().isThrownBy(
				() -> this.wingtip.takeOverDelegatedAdmin(this.office, this.fabrikam.getPartner(), MOVED_AT, ACTOR));
	}

	@Test
	void moveWhenCarriedOutThenTheOldGrantIsWrittenBeforeTheNewOneExistsAndBothPartnersPublishIt() {
		this.fabrikam.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		ReflectionTestUtils.invokeMethod(this.fabrikam, "clearDomainEvents");
		ReflectionTestUtils.invokeMethod(this.wingtip, "clearDomainEvents");
		ResellerRelationshipRepository relationships = mock(ResellerRelationshipRepository.class);
		AtomicBoolean flushedBetween = new AtomicBoolean();
		doAnswer((invocation) -> {
			flushedBetween.set(!this.fabrikam.holdsDelegatedAdmin(2L) && this.wingtip.getGrants().isEmpty());
			return null;
		}).when(relationships).flush();
		// What the repository publishes when it saves an aggregate, in the order saved.
		List<Object> published = new ArrayList<>();
		doAnswer((invocation) -> {
			ResellerRelationship saved = invocation.getArgument(0);
			Collection<Object> events = ReflectionTestUtils.invokeMethod(saved, "domainEvents");
			published.addAll(events);
			ReflectionTestUtils.invokeMethod(saved, "clearDomainEvents");
			return saved;
		}).when(relationships).save(any());

		new DelegatedAdminMove(relationships).move(this.fabrikam, this.wingtip, this.office, MOVED_AT, ACTOR);

		assertThat(flushedBetween).isTrue();
		assertThat(this.wingtip.holdsDelegatedAdmin(2L)).isTrue();
		assertThat(published).hasSize(2)
			.allSatisfy((event) -> assertThat(event).isInstanceOf(DelegatedAdminMoved.class));
		assertThat(published).map(DelegatedAdminMoved.class::cast)
			.extracting(DelegatedAdminMoved::partnerId, DelegatedAdminMoved::fromPartnerName,
					DelegatedAdminMoved::toPartnerName, DelegatedAdminMoved::customerId)
			.containsExactly(tuple(1L, "Fabrikam", "Wingtip", 7L), tuple(5L, "Fabrikam", "Wingtip", 7L));
		assertThat(published).map(DelegatedAdminMoved.class::cast)
			.allSatisfy((moved) -> assertThat(moved.service()).isEqualTo(new NamedService(2L, "Office 365")));
	}

	@Test
	void moveWhenRelationshipsBelongToDifferentCustomersThenThrowsAndChangesNothing() {
		this.fabrikam.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		ResellerRelationship elsewhere = ResellerRelationship.establish(partner(5L, "Wingtip"), customer(8L),
				GRANTED_AT, ACTOR);
		DelegatedAdminMove move = new DelegatedAdminMove(mock(ResellerRelationshipRepository.class));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> move.move(this.fabrikam, elsewhere, this.office, MOVED_AT, ACTOR));
		assertThat(this.fabrikam.holdsDelegatedAdmin(2L)).isTrue();
	}

	private static Partner partner(Long id, String name) {
		Partner partner = new Partner(name, "ES", Region.EUROPE, Cloud.PUBLIC, true, GRANTED_AT);
		ReflectionTestUtils.setField(partner, "id", id);
		return partner;
	}

	private static Customer customer(Long id) {
		Customer customer = new Customer("Customer " + id, "customer" + id + ".test", "IT", Cloud.PUBLIC, GRANTED_AT);
		ReflectionTestUtils.setField(customer, "id", id);
		return customer;
	}

	private static CloudService service(Long id, String code, String name) {
		CloudService service = BeanUtils.instantiateClass(CloudService.class);
		ReflectionTestUtils.setField(service, "id", id);
		ReflectionTestUtils.setField(service, "code", code);
		ReflectionTestUtils.setField(service, "name", name);
		ReflectionTestUtils.setField(service, "delegatedAdminApplies", true);
		ReflectionTestUtils.setField(service, "sortOrder", id.intValue() * 10);
		return service;
	}

}
