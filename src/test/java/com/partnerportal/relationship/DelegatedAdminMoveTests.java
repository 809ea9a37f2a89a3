package com.partnerportal.relationship;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import com.partnerportal.account.Actor;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityRecord;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Moving delegated admin between two CSP partners, on the aggregates and in the small
 * domain service that orders the writes.
 */
class DelegatedAdminMoveTests {

	private static final Instant GRANTED_AT = Instant.parse("2026-02-01T10:00:00Z");

	private static final Instant MOVED_AT = Instant.parse("2026-03-01T10:00:00Z");

	private static final Long ACTOR = 42L;

	private final CloudService office = service(2L, "OFFICE_365", "Office 365");

	private final Customer adatum = customer(7L);

	private final ResellerRelationship fabrikam = ResellerRelationship.establish(partner(1L, "Fabrikam"), this.adatum,
			GRANTED_AT, ACTOR);

	private final ResellerRelationship wingtip = ResellerRelationship.establish(partner(5L, "Wingtip"), this.adatum,
			GRANTED_AT, ACTOR);

	@Test
	void moveDelegatedAdminAwayWhenHeldThenGrantEndsRelationshipStaysAndHistorySaysMoved() {
		this.fabrikam.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);

		this.fabrikam.moveDelegatedAdminAway(2L, MOVED_AT, ACTOR);

		assertThat(this.fabrikam.isActive()).isTrue();
		assertThat(this.fabrikam.holdsDelegatedAdmin(2L)).isFalse();
		assertThat(this.fabrikam.getGrants()).singleElement()
			.satisfies((grant) -> assertThat(grant.getCspHolderCustomerId()).isNull());
		assertThat(this.fabrikam.getHistory()).last().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(RelationshipAction.DELEGATED_ADMIN_MOVED);
			assertThat(entry.getServiceId()).isEqualTo(2L);
			assertThat(entry.getOccurredAt()).isEqualTo(MOVED_AT);
			assertThat(entry.getActorId()).isEqualTo(ACTOR);
		});
	}

	@Test
	void moveDelegatedAdminAwayWhenNotHeldThenThrows() {
		assertThatIllegalStateException().isThrownBy(() -> this.fabrikam.moveDelegatedAdminAway(2L, MOVED_AT, ACTOR));
	}

	@Test
	void takeOverDelegatedAdminWhenNotHeldThenHoldsItAsCspHolderAndHistorySaysMoved() {
		this.wingtip.takeOverDelegatedAdmin(this.office, MOVED_AT, ACTOR);

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

		this.wingtip.takeOverDelegatedAdmin(this.office, MOVED_AT, ACTOR);

		assertThat(this.wingtip.getGrants()).singleElement()
			.satisfies((grant) -> assertThat(grant.isActive()).isTrue());
	}

	@Test
	void takeOverDelegatedAdminWhenHeldAlreadyOrRelationshipEndedThenThrows() {
		this.wingtip.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.wingtip.takeOverDelegatedAdmin(this.office, MOVED_AT, ACTOR));

		this.wingtip.end(MOVED_AT, ACTOR);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.wingtip.takeOverDelegatedAdmin(this.office, MOVED_AT, ACTOR));
	}

	@Test
	void moveWhenCarriedOutThenTheOldGrantIsWrittenBeforeTheNewOneExistsAndBothPartnersAreLogged() {
		this.fabrikam.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		ResellerRelationshipRepository relationships = mock(ResellerRelationshipRepository.class);
		ActivityLog activityLog = mock(ActivityLog.class);
		AtomicBoolean flushedBetween = new AtomicBoolean();
		doAnswer((invocation) -> {
			flushedBetween.set(!this.fabrikam.holdsDelegatedAdmin(2L) && this.wingtip.getGrants().isEmpty());
			return null;
		}).when(relationships).flush();
		Actor marco = new Actor(ACTOR, "Marco Rossi", "Adatum Italia");

		new DelegatedAdminMove(relationships, activityLog).move(this.fabrikam, this.wingtip, this.office, MOVED_AT,
				marco);

		assertThat(flushedBetween).isTrue();
		assertThat(this.wingtip.holdsDelegatedAdmin(2L)).isTrue();
		ArgumentCaptor<ActivityRecord> records = ArgumentCaptor.forClass(ActivityRecord.class);
		verify(activityLog, times(2)).record(records.capture());
		assertThat(records.getAllValues())
			.extracting(ActivityRecord::action, ActivityRecord::partnerId, ActivityRecord::oldValue,
					ActivityRecord::newValue)
			.containsExactly(
					tuple(ActivityAction.DELEGATED_ADMIN_MOVED, 1L, "Office 365: Fabrikam (partner 1)",
							"Office 365: Wingtip (partner 5)"),
					tuple(ActivityAction.DELEGATED_ADMIN_MOVED, 5L, "Office 365: Fabrikam (partner 1)",
							"Office 365: Wingtip (partner 5)"));
		assertThat(records.getAllValues()).allSatisfy((record) -> assertThat(record.customerId()).isEqualTo(7L));
	}

	@Test
	void moveWhenRelationshipsBelongToDifferentCustomersThenThrowsAndChangesNothing() {
		this.fabrikam.grantDelegatedAdmin(this.office, GRANTED_AT, ACTOR);
		ResellerRelationship elsewhere = ResellerRelationship.establish(partner(5L, "Wingtip"), customer(8L),
				GRANTED_AT, ACTOR);
		DelegatedAdminMove move = new DelegatedAdminMove(mock(ResellerRelationshipRepository.class),
				mock(ActivityLog.class));

		assertThatIllegalArgumentException().isThrownBy(() -> move.move(this.fabrikam, elsewhere, this.office, MOVED_AT,
				new Actor(ACTOR, "Marco Rossi", "Adatum Italia")));
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
