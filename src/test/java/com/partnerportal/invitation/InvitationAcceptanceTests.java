package com.partnerportal.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.relationship.DelegatedAdminConflict;
import com.partnerportal.relationship.DelegatedAdminGrant;
import com.partnerportal.relationship.DelegatedAdminHeldElsewhereException;
import com.partnerportal.relationship.DifferentCloudException;
import com.partnerportal.relationship.RelationshipAction;
import com.partnerportal.relationship.RelationshipHistoryEntry;
import com.partnerportal.relationship.RelationshipState;
import com.partnerportal.relationship.RelationshipType;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.relationship.ResellerRelationshipRepository;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@Transactional
class InvitationAcceptanceTests {

	private static final String AGREEMENT_VERSION = "2026-11";

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	InvitationLinks links;

	@Autowired
	ResellerRelationshipRepository relationships;

	@Autowired
	CustomerRepository customers;

	@Autowired
	InvitationResponseRepository responses;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	@Test
	void acceptWhenContosoAcceptsFabrikamDelegatedAdminLinkThenEverythingIsRecordedInOrder() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		Instant before = Instant.now();

		AcceptanceResult result = this.acceptance.accept(fabrikamToken(true), elena.customerId(), elena.actor(), true);

		assertThat(result).isEqualTo(AcceptanceResult.ACCEPTED);
		reload();
		ResellerRelationship relationship = fabrikamWith(elena.customerId());
		assertThat(relationship.getState()).isEqualTo(RelationshipState.ACTIVE);
		assertThat(relationship.getRelationshipType()).isEqualTo(RelationshipType.RESELLER);
		assertThat(activeGrantCodes(relationship)).containsExactly("AZURE_AD", "OFFICE_365");
		Customer contoso = this.customers.findById(elena.customerId()).orElseThrow();
		assertThat(contoso.getAgreementVersion()).isEqualTo(AGREEMENT_VERSION);
		assertThat(contoso.getAgreementAcceptedAt()).isBetween(before, Instant.now());
		assertThat(contoso.getAgreementAcceptedBy()).isEqualTo(elena.userId());
		List<ActivityLogEntry> entries = this.activityLog.entriesForCustomer(elena.customerId());
		assertThat(entries).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.CUSTOMER_AGREEMENT_ACCEPTED, ActivityAction.RELATIONSHIP_ESTABLISHED,
					ActivityAction.DELEGATED_ADMIN_GRANTED, ActivityAction.DELEGATED_ADMIN_GRANTED,
					ActivityAction.INVITATION_ACCEPTED);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.getActorId()).isEqualTo(elena.userId());
			assertThat(entry.getActorOrganisation()).isEqualTo("Contoso Iberia");
			assertThat(entry.getCustomerName()).isEqualTo("Contoso Iberia");
		});
		assertThat(entries.get(0).getNewValue()).isEqualTo(AGREEMENT_VERSION);
		assertThat(entries.subList(1, 5)).extracting(ActivityLogEntry::getPartnerId)
			.containsOnly(fabrikam().partnerId());
		assertThat(entries.subList(2, 4)).extracting(ActivityLogEntry::getNewValue)
			.containsExactly("Azure Active Directory", "Office 365");
		assertThat(relationship.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.containsExactly(RelationshipAction.ESTABLISHED, RelationshipAction.DELEGATED_ADMIN_GRANTED,
					RelationshipAction.DELEGATED_ADMIN_GRANTED);
		assertThat(this.responses.findByCustomerIdOrderById(elena.customerId())).singleElement().satisfies((answer) -> {
			assertThat(answer.getOutcome()).isEqualTo(InvitationResponse.Outcome.ACCEPTED);
			assertThat(answer.getPartnerId()).isEqualTo(fabrikam().partnerId());
			assertThat(answer.isDelegatedAdmin()).isTrue();
			assertThat(answer.getRespondedBy()).isEqualTo(elena.userId());
		});
	}

	@Test
	void acceptWhenAcceptedTwiceThenSecondTimeWritesNothing() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		String token = fabrikamToken(true);
		this.acceptance.accept(token, elena.customerId(), elena.actor(), true);
		reload();
		int entries = this.activityLog.entriesForCustomer(elena.customerId()).size();
		int history = fabrikamWith(elena.customerId()).getHistory().size();

		AcceptanceResult again = this.acceptance.accept(token, elena.customerId(), elena.actor(), false);

		assertThat(again).isEqualTo(AcceptanceResult.NOTHING_CHANGED);
		reload();
		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).hasSize(entries);
		assertThat(fabrikamWith(elena.customerId()).getHistory()).hasSize(history);
		assertThat(this.responses.findByCustomerIdOrderById(elena.customerId())).hasSize(1);
	}

	@Test
	void acceptWhenLinkWithoutDelegatedAdminThenRelationshipHasNoGrants() {
		PortalUser elena = this.demo.user("ga@contoso.test");

		this.acceptance.accept(fabrikamToken(false), elena.customerId(), elena.actor(), true);

		reload();
		ResellerRelationship relationship = fabrikamWith(elena.customerId());
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.getGrants()).isEmpty();
		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.CUSTOMER_AGREEMENT_ACCEPTED, ActivityAction.RELATIONSHIP_ESTABLISHED,
					ActivityAction.INVITATION_ACCEPTED);
		assertThat(this.responses.findByCustomerIdOrderById(elena.customerId())).singleElement()
			.satisfies((answer) -> assertThat(answer.isDelegatedAdmin()).isFalse());
	}

	@Test
	void acceptWhenDelegatedAdminWasRemovedThenAcceptingTheLinkAgainRestoresIt() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		String token = fabrikamToken(true);
		this.acceptance.accept(token, elena.customerId(), elena.actor(), true);
		ResellerRelationship relationship = fabrikamWith(elena.customerId());
		for (CloudService service : this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder()) {
			relationship.removeDelegatedAdmin(service.getId(), Instant.now(), elena.userId());
		}
		reload();
		assertThat(activeGrantCodes(fabrikamWith(elena.customerId()))).isEmpty();

		AcceptanceResult result = this.acceptance.accept(token, elena.customerId(), elena.actor(), false);

		assertThat(result).isEqualTo(AcceptanceResult.ACCEPTED);
		reload();
		relationship = fabrikamWith(elena.customerId());
		assertThat(activeGrantCodes(relationship)).containsExactly("AZURE_AD", "OFFICE_365");
		assertThat(relationship.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.endsWith(RelationshipAction.DELEGATED_ADMIN_RESTORED, RelationshipAction.DELEGATED_ADMIN_RESTORED);
		List<ActivityLogEntry> entries = this.activityLog.entriesForCustomer(elena.customerId());
		assertThat(entries.subList(entries.size() - 3, entries.size())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.DELEGATED_ADMIN_RESTORED, ActivityAction.DELEGATED_ADMIN_RESTORED,
					ActivityAction.INVITATION_ACCEPTED);
		assertThat(this.responses.findByCustomerIdOrderById(elena.customerId())).hasSize(2);
	}

	@Test
	void acceptWhenRelationshipHadEndedThenItIsReestablishedWithDelegatedAdminRestored() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		fabrikamWith(marco.customerId()).end(Instant.now(), null);
		reload();

		AcceptanceResult result = this.acceptance.accept(fabrikamToken(true), marco.customerId(), marco.actor(), false);

		assertThat(result).isEqualTo(AcceptanceResult.ACCEPTED);
		reload();
		ResellerRelationship relationship = fabrikamWith(marco.customerId());
		assertThat(relationship.isActive()).isTrue();
		assertThat(activeGrantCodes(relationship)).containsExactly("AZURE_AD", "OFFICE_365");
		assertThat(this.activityLog.entriesForCustomer(marco.customerId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_REESTABLISHED, ActivityAction.DELEGATED_ADMIN_RESTORED,
					ActivityAction.DELEGATED_ADMIN_RESTORED, ActivityAction.INVITATION_ACCEPTED);
	}

	@Test
	void acceptWhenCustomerAlreadyHasWhatIsAskedThenNothingChanges() {
		PortalUser marco = this.demo.user("ga@adatum.test");

		AcceptanceResult result = this.acceptance.accept(fabrikamToken(true), marco.customerId(), marco.actor(), false);

		assertThat(result).isEqualTo(AcceptanceResult.NOTHING_CHANGED);
		assertThat(this.activityLog.entriesForCustomer(marco.customerId())).isEmpty();
		assertThat(this.responses.findByCustomerIdOrderById(marco.customerId())).isEmpty();
	}

	@Test
	void acceptWhenAgreementNotConfirmedThenRefusedAndNothingWritten() {
		PortalUser elena = this.demo.user("ga@contoso.test");

		assertThatExceptionOfType(AgreementNotConfirmedException.class)
			.isThrownBy(() -> this.acceptance.accept(fabrikamToken(true), elena.customerId(), elena.actor(), false));

		assertNothingWrittenFor(elena.customerId());
		assertThat(this.customers.findById(elena.customerId()).orElseThrow().getAgreementVersion()).isNull();
	}

	@Test
	void acceptWhenUserIsNotGlobalAdminThenAccessDenied() {
		PortalUser pablo = this.demo.user("user@contoso.test");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.acceptance.accept(fabrikamToken(true), pablo.customerId(), pablo.actor(), true));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.acceptance.decline(fabrikamToken(true), pablo.customerId(), pablo.actor()));

		assertNothingWrittenFor(pablo.customerId());
	}

	@Test
	void acceptWhenGlobalAdminOfAnotherCustomerThenAccessDenied() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		Long contosoId = this.demo.user("ga@contoso.test").customerId();

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.acceptance.accept(fabrikamToken(true), contosoId, marco.actor(), true));

		assertNothingWrittenFor(contosoId);
	}

	@Test
	void acceptWhenAnotherCspPartnerHoldsDelegatedAdminThenRefusedAndNothingWritten() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PortalUser litware = this.demo.user("ga@litware.test");
		String token = this.links.invitationFor(litware.partnerId(), true, litware.actor()).token();

		assertThatExceptionOfType(DelegatedAdminHeldElsewhereException.class)
			.isThrownBy(() -> this.acceptance.accept(token, marco.customerId(), marco.actor(), false))
			.satisfies((ex) -> assertThat(ex.getConflicts())
				.extracting((conflict) -> conflict.service().getCode(), DelegatedAdminConflict::holderName)
				.containsExactly(tuple("AZURE_AD", "Fabrikam Cloud Partners"),
						tuple("OFFICE_365", "Fabrikam Cloud Partners")));

		assertNothingWrittenFor(marco.customerId());
		assertThat(this.relationships.findByPartnerIdAndCustomerId(litware.partnerId(), marco.customerId())).isEmpty();
	}

	@Test
	void acceptWhenPartnerOutsideCspAsksForDelegatedAdminThenGrantedBesideTheCspHolder() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PortalUser northwind = this.demo.user("ga@northwind.test");
		String token = this.links.invitationFor(northwind.partnerId(), true, northwind.actor()).token();

		this.acceptance.accept(token, marco.customerId(), marco.actor(), false);

		reload();
		ResellerRelationship advisor = this.relationships
			.findByPartnerIdAndCustomerId(northwind.partnerId(), marco.customerId())
			.orElseThrow();
		assertThat(advisor.getRelationshipType()).isEqualTo(RelationshipType.ADVISOR);
		assertThat(activeGrantCodes(advisor)).containsExactly("AZURE_AD", "OFFICE_365");
		assertThat(activeGrantCodes(fabrikamWith(marco.customerId()))).containsExactly("AZURE_AD", "OFFICE_365");
	}

	@Test
	void acceptWhenPartnerIsInAnotherCloudThenRefused() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		PortalUser tailspin = this.demo.user("ga@tailspin.test");
		String token = this.links.invitationFor(tailspin.partnerId(), false, tailspin.actor()).token();

		assertThatExceptionOfType(DifferentCloudException.class)
			.isThrownBy(() -> this.acceptance.accept(token, elena.customerId(), elena.actor(), true));

		assertNothingWrittenFor(elena.customerId());
	}

	@Test
	void declineWhenGlobalAdminDeclinesThenOnlyTheAnswerIsRecorded() {
		PortalUser elena = this.demo.user("ga@contoso.test");

		this.acceptance.decline(fabrikamToken(true), elena.customerId(), elena.actor());

		reload();
		assertThat(this.relationships.findByPartnerIdAndCustomerId(fabrikam().partnerId(), elena.customerId()))
			.isEmpty();
		assertThat(this.customers.findById(elena.customerId()).orElseThrow().getAgreementVersion()).isNull();
		assertThat(this.responses.findByCustomerIdOrderById(elena.customerId())).singleElement().satisfies((answer) -> {
			assertThat(answer.getOutcome()).isEqualTo(InvitationResponse.Outcome.DECLINED);
			assertThat(answer.isDelegatedAdmin()).isTrue();
		});
		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.INVITATION_DECLINED);
	}

	@Test
	void declineWhenCustomerHasARelationshipThenItStaysAsItIs() {
		PortalUser marco = this.demo.user("ga@adatum.test");

		this.acceptance.decline(fabrikamToken(false), marco.customerId(), marco.actor());

		reload();
		assertThat(activeGrantCodes(fabrikamWith(marco.customerId()))).containsExactly("AZURE_AD", "OFFICE_365");
		assertThat(fabrikamWith(marco.customerId()).isActive()).isTrue();
	}

	private void assertNothingWrittenFor(Long customerId) {
		reload();
		assertThat(this.activityLog.entriesForCustomer(customerId)).isEmpty();
		assertThat(this.responses.findByCustomerIdOrderById(customerId)).isEmpty();
	}

	private String fabrikamToken(boolean delegatedAdmin) {
		PortalUser ana = fabrikam();
		return this.links.invitationFor(ana.partnerId(), delegatedAdmin, ana.actor()).token();
	}

	private PortalUser fabrikam() {
		return this.demo.user("ga@fabrikam.test");
	}

	private ResellerRelationship fabrikamWith(Long customerId) {
		return this.relationships.findByPartnerIdAndCustomerId(fabrikam().partnerId(), customerId).orElseThrow();
	}

	private List<String> activeGrantCodes(ResellerRelationship relationship) {
		Map<Long, String> codes = this.catalogue.findAllByOrderBySortOrder()
			.stream()
			.collect(Collectors.toMap(CloudService::getId, CloudService::getCode));
		return relationship.getGrants()
			.stream()
			.filter(DelegatedAdminGrant::isActive)
			.map((grant) -> codes.get(grant.getServiceId()))
			.sorted()
			.toList();
	}

	/**
	 * Writes what is pending and forgets it, so that assertions read what the database
	 * holds.
	 */
	private void reload() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

}
