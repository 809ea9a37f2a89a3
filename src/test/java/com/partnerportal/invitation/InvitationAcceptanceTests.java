package com.partnerportal.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.TestPartners;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.invitation.internal.InvitationResponseRepository;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.relationship.DelegatedAdminGrant;
import com.partnerportal.relationship.RelationshipAction;
import com.partnerportal.relationship.RelationshipHistoryEntry;
import com.partnerportal.relationship.RelationshipState;
import com.partnerportal.relationship.RelationshipType;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@PortalTest
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

	@Autowired
	TestPartners partners;

	@Autowired
	JdbcClient jdbc;

	/**
	 * What was written before the test: the demo gives Adatum months of activity and
	 * invitation answers, and Contoso none.
	 */
	private ActivityBaseline activityBefore;

	private long lastResponseBefore;

	@BeforeEach
	void rememberWhatWasWrittenBefore() {
		this.activityBefore = ActivityBaseline.take(this.jdbc);
		this.lastResponseBefore = this.jdbc.sql("select coalesce(max(id), 0) from invitation_response")
			.query(Long.class)
			.single();
	}

	@Test
	void acceptWhenContosoAcceptsFabrikamDelegatedAdminLinkThenEverythingIsRecordedInOrder() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		Instant before = Instant.now();

		AcceptanceResult result = this.acceptance.accept(fabrikamToken(true), elena.customerId(), elena.actor(), true)
			.result();

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

		AcceptanceResult again = this.acceptance.accept(token, elena.customerId(), elena.actor(), false).result();

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
			relationship.removeDelegatedAdmin(service.getId(), Instant.now(), elena.actor());
		}
		reload();
		assertThat(activeGrantCodes(fabrikamWith(elena.customerId()))).isEmpty();

		AcceptanceResult result = this.acceptance.accept(token, elena.customerId(), elena.actor(), false).result();

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
		ResellerRelationship ended = fabrikamWith(marco.customerId());
		ended.end(Instant.now(), marco.actor());
		// Saved, as the removal saves it, so that what listens to the end (the partner's
		// word index, the relationship counts) sees it.
		this.relationships.save(ended);
		reload();
		this.activityBefore = ActivityBaseline.take(this.jdbc);

		AcceptanceResult result = this.acceptance.accept(fabrikamToken(true), marco.customerId(), marco.actor(), false)
			.result();

		assertThat(result).isEqualTo(AcceptanceResult.ACCEPTED);
		reload();
		ResellerRelationship relationship = fabrikamWith(marco.customerId());
		assertThat(relationship.isActive()).isTrue();
		assertThat(activeGrantCodes(relationship)).containsExactly("AZURE_AD", "OFFICE_365");
		assertThat(entriesWrittenFor(marco.customerId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_REESTABLISHED, ActivityAction.DELEGATED_ADMIN_RESTORED,
					ActivityAction.DELEGATED_ADMIN_RESTORED, ActivityAction.INVITATION_ACCEPTED);
	}

	@Test
	void acceptWhenCustomerAlreadyHasWhatIsAskedThenNothingChanges() {
		PortalUser marco = this.demo.user("ga@adatum.test");

		AcceptanceResult result = this.acceptance.accept(fabrikamToken(true), marco.customerId(), marco.actor(), false)
			.result();

		assertThat(result).isEqualTo(AcceptanceResult.NOTHING_CHANGED);
		assertThat(entriesWrittenFor(marco.customerId())).isEmpty();
		assertThat(responsesWrittenFor(marco.customerId())).isEmpty();
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
	void acceptWhenGlobalAdminOfAnotherCustomerThenAccessDenied() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		Long contosoId = this.demo.user("ga@contoso.test").customerId();

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.acceptance.accept(fabrikamToken(true), contosoId, marco.actor(), true));

		assertNothingWrittenFor(contosoId);
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
	void acceptWhenUserIsNotGlobalAdminThenRefusedAndOnlyTheRefusedAttemptsAreRecorded() {
		PortalUser pablo = this.demo.user("user@contoso.test");

		assertThatExceptionOfType(AcceptanceRefusedException.class)
			.isThrownBy(() -> this.acceptance.accept(fabrikamToken(true), pablo.customerId(), pablo.actor(), true))
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(AcceptanceRefusal.ROLE));
		assertThatExceptionOfType(AcceptanceRefusedException.class)
			.isThrownBy(() -> this.acceptance.decline(fabrikamToken(true), pablo.customerId(), pablo.actor()));

		assertOnlyRefusalsRecordedFor(pablo.customerId(), ActivityAction.ACCEPTANCE_REFUSED_ROLE,
				ActivityAction.ACCEPTANCE_REFUSED_ROLE);
		assertThat(this.activityLog.entriesForCustomer(pablo.customerId())).allSatisfy((entry) -> {
			assertThat(entry.getActorId()).isEqualTo(pablo.userId());
			assertThat(entry.getPartnerId()).isEqualTo(fabrikam().partnerId());
		});
	}

	@Test
	void acceptWhenPartnerIsInAnotherCloudThenRefusedAndOnlyTheRefusedAttemptIsRecorded() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		PortalUser tailspin = this.demo.user("ga@tailspin.test");
		String token = this.links.invitationFor(tailspin.partnerId(), true, tailspin.actor()).token();

		assertThatExceptionOfType(AcceptanceRefusedException.class)
			.isThrownBy(() -> this.acceptance.accept(token, elena.customerId(), elena.actor(), true))
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(AcceptanceRefusal.CLOUD));

		assertOnlyRefusalsRecordedFor(elena.customerId(), ActivityAction.ACCEPTANCE_REFUSED_CLOUD);
		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).singleElement()
			.satisfies((entry) -> assertThat(entry.getNewValue())
				.isEqualTo("partner in US_GOVERNMENT cloud, customer in PUBLIC cloud"));
		assertThat(this.customers.findById(elena.customerId()).orElseThrow().getAgreementVersion()).isNull();
	}

	@Test
	void acceptWhenCustomerIsOutsideThePartnersTerritoryThenRefusedAndOnlyTheRefusedAttemptIsRecorded() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		PortalUser litware = this.demo.user("ga@litware.test");
		String token = this.links.invitationFor(litware.partnerId(), true, litware.actor()).token();

		assertThatExceptionOfType(AcceptanceRefusedException.class)
			.isThrownBy(() -> this.acceptance.accept(token, elena.customerId(), elena.actor(), true))
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(AcceptanceRefusal.TERRITORY));

		assertOnlyRefusalsRecordedFor(elena.customerId(), ActivityAction.ACCEPTANCE_REFUSED_TERRITORY);
		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).singleElement().satisfies((entry) -> {
			assertThat(entry.getPartnerId()).isEqualTo(litware.partnerId());
			assertThat(entry.getOldValue()).isEqualTo("WITH_DELEGATED_ADMIN");
			assertThat(entry.getNewValue()).isEqualTo("customer in ES, partner serves BR and LATIN_AMERICA");
		});
		assertThat(this.relationships.findByPartnerIdAndCustomerId(litware.partnerId(), elena.customerId())).isEmpty();
	}

	@Test
	void acceptWhenAnotherCspPartnerHoldsDelegatedAdminAndCustomerKeepsItThenNewPartnerGetsNoDelegatedAdmin() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		long historyOfFabrikam = fabrikamWith(marco.customerId()).getHistory().size();

		AcceptanceOutcome outcome = this.acceptance.accept(token, marco.customerId(), marco.actor(),
				new AcceptanceChoices(false, Set.of(), conflictsKey(token, marco.customerId())));

		assertThat(outcome.result()).isEqualTo(AcceptanceResult.ACCEPTED);
		assertThat(outcome.servicesTaken()).isEmpty();
		assertThat(outcome.servicesKept()).containsExactly("Azure Active Directory", "Office 365");
		reload();
		ResellerRelationship newcomer = relationshipOf(wingtip, marco.customerId());
		assertThat(newcomer.isActive()).isTrue();
		assertThat(newcomer.getRelationshipType()).isEqualTo(RelationshipType.RESELLER);
		assertThat(activeGrantCodes(newcomer)).isEmpty();
		assertThat(newcomer.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.containsExactly(RelationshipAction.ESTABLISHED);
		assertThat(activeGrantCodes(fabrikamWith(marco.customerId()))).containsExactly("AZURE_AD", "OFFICE_365");
		assertThat(fabrikamWith(marco.customerId()).getHistory()).hasSize((int) historyOfFabrikam);
		assertThat(entriesWrittenFor(marco.customerId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_ESTABLISHED, ActivityAction.INVITATION_ACCEPTED);
	}

	@Test
	void acceptWhenCustomerMovesOneServiceThenOldPartnerLosesItThereAndBothHistoriesAndTheLogSaySo() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		Long office = this.demo.serviceId("OFFICE_365");

		AcceptanceOutcome outcome = this.acceptance.accept(token, marco.customerId(), marco.actor(),
				new AcceptanceChoices(false, Set.of(office), conflictsKey(token, marco.customerId())));

		assertThat(outcome.servicesTaken()).containsExactly("Office 365");
		assertThat(outcome.servicesKept()).containsExactly("Azure Active Directory");
		reload();
		ResellerRelationship fabrikam = fabrikamWith(marco.customerId());
		ResellerRelationship newcomer = relationshipOf(wingtip, marco.customerId());
		assertThat(fabrikam.isActive()).isTrue();
		assertThat(activeGrantCodes(fabrikam)).containsExactly("AZURE_AD");
		assertThat(activeGrantCodes(newcomer)).containsExactly("OFFICE_365");
		assertThat(fabrikam.getHistory()).last().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(RelationshipAction.DELEGATED_ADMIN_MOVED);
			assertThat(entry.getServiceId()).isEqualTo(office);
			assertThat(entry.getActorId()).isEqualTo(marco.userId());
		});
		assertThat(newcomer.getHistory())
			.extracting(RelationshipHistoryEntry::getAction, RelationshipHistoryEntry::getServiceId)
			.containsExactly(tuple(RelationshipAction.ESTABLISHED, null),
					tuple(RelationshipAction.DELEGATED_ADMIN_MOVED, office));
		List<ActivityLogEntry> entries = entriesWrittenFor(marco.customerId());
		assertThat(entries).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_ESTABLISHED, ActivityAction.DELEGATED_ADMIN_MOVED,
					ActivityAction.DELEGATED_ADMIN_MOVED, ActivityAction.INVITATION_ACCEPTED);
		Long wingtipId = wingtip.getPartner().getId();
		assertThat(entries.subList(1, 3))
			.extracting(ActivityLogEntry::getPartnerId, ActivityLogEntry::getOldValue, ActivityLogEntry::getNewValue)
			.containsExactly(
					tuple(fabrikam().partnerId(),
							"Office 365: Fabrikam Cloud Partners (partner " + fabrikam().partnerId() + ")",
							"Office 365: Wingtip Partners (partner " + wingtipId + ")"),
					tuple(wingtipId, "Office 365: Fabrikam Cloud Partners (partner " + fabrikam().partnerId() + ")",
							"Office 365: Wingtip Partners (partner " + wingtipId + ")"));
		assertThat(cspHolders(marco.customerId(), office)).isOne();
	}

	@Test
	void acceptWhenCustomerMovesEveryServiceThenNewPartnerHoldsAllAndOldPartnerStaysReseller() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		Set<Long> both = Set.of(this.demo.serviceId("AZURE_AD"), this.demo.serviceId("OFFICE_365"));

		AcceptanceOutcome outcome = this.acceptance.accept(token, marco.customerId(), marco.actor(),
				new AcceptanceChoices(false, both, conflictsKey(token, marco.customerId())));

		assertThat(outcome.servicesKept()).isEmpty();
		reload();
		assertThat(activeGrantCodes(relationshipOf(wingtip, marco.customerId()))).containsExactly("AZURE_AD",
				"OFFICE_365");
		assertThat(activeGrantCodes(fabrikamWith(marco.customerId()))).isEmpty();
		assertThat(fabrikamWith(marco.customerId()).isActive()).isTrue();
		for (Long service : both) {
			assertThat(cspHolders(marco.customerId(), service)).isOne();
		}
	}

	@Test
	void acceptWhenConflictsChangedSinceThePageWasShownThenOutdatedAndNothingWritten() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		Long office = this.demo.serviceId("OFFICE_365");

		assertThatExceptionOfType(AcceptanceOutdatedException.class).isThrownBy(() -> this.acceptance.accept(token,
				marco.customerId(), marco.actor(), new AcceptanceChoices(false, Set.of(office), "")));

		assertNothingWrittenFor(marco.customerId());
		assertThat(this.relationships.findByPartnerIdAndCustomerId(wingtip.getPartner().getId(), marco.customerId()))
			.isEmpty();
	}

	@Test
	void acceptWhenEveryConflictIsKeptAndRelationshipExistsThenNothingChanges() {
		PortalUser marco = this.demo.user("ga@adatum.test");
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		this.acceptance.accept(token, marco.customerId(), marco.actor(), false);
		reload();
		int entries = entriesWrittenFor(marco.customerId()).size();

		AcceptanceOutcome again = this.acceptance.accept(token, marco.customerId(), marco.actor(), false);

		assertThat(again.result()).isEqualTo(AcceptanceResult.NOTHING_CHANGED);
		assertThat(entriesWrittenFor(marco.customerId())).hasSize(entries);
	}

	@Test
	void recordViewWhenGlobalAdminMayAcceptThenOnlyTheViewIsRecorded() {
		PortalUser elena = this.demo.user("ga@contoso.test");

		assertThat(this.acceptance.recordView(fabrikamToken(true), elena.customerId(), elena.actor())).isEmpty();

		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(ActivityAction.INVITATION_VIEWED);
			assertThat(entry.getPartnerId()).isEqualTo(fabrikam().partnerId());
			assertThat(entry.getNewValue()).isEqualTo("WITH_DELEGATED_ADMIN");
		});
	}

	@Test
	void recordViewWhenThePageShowsARefusalForTheRoleThenTheRefusedAttemptIsRecordedToo() {
		PortalUser pablo = this.demo.user("user@contoso.test");

		assertThat(this.acceptance.recordView(fabrikamToken(true), pablo.customerId(), pablo.actor()))
			.contains(AcceptanceRefusal.ROLE);

		assertThat(this.activityLog.entriesForCustomer(pablo.customerId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.INVITATION_VIEWED, ActivityAction.ACCEPTANCE_REFUSED_ROLE);
	}

	@Test
	void recordViewWhenThePartnerMayNotServeTheCustomerThenNothingIsRecorded() {
		PortalUser elena = this.demo.user("ga@contoso.test");
		PortalUser pablo = this.demo.user("user@contoso.test");
		PortalUser litware = this.demo.user("ga@litware.test");
		PortalUser tailspin = this.demo.user("ga@tailspin.test");
		String litwareToken = this.links.invitationFor(litware.partnerId(), false, litware.actor()).token();
		String tailspinToken = this.links.invitationFor(tailspin.partnerId(), true, tailspin.actor()).token();

		assertThat(this.acceptance.recordView(litwareToken, elena.customerId(), elena.actor()))
			.contains(AcceptanceRefusal.TERRITORY);
		assertThat(this.acceptance.recordView(tailspinToken, elena.customerId(), elena.actor()))
			.contains(AcceptanceRefusal.CLOUD);
		assertThat(this.acceptance.recordView(litwareToken, pablo.customerId(), pablo.actor()))
			.contains(AcceptanceRefusal.ROLE);

		assertThat(this.activityLog.entriesForCustomer(elena.customerId())).isEmpty();
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
		assertThat(entriesWrittenFor(customerId)).isEmpty();
		assertThat(responsesWrittenFor(customerId)).isEmpty();
	}

	private List<ActivityLogEntry> entriesWrittenFor(Long customerId) {
		return this.activityBefore.writtenSince(this.activityLog.entriesForCustomer(customerId));
	}

	private List<InvitationResponse> responsesWrittenFor(Long customerId) {
		return this.responses.findByCustomerIdOrderById(customerId)
			.stream()
			.filter((answer) -> answer.getId() > this.lastResponseBefore)
			.toList();
	}

	/**
	 * For Contoso, which has no relationship yet: the refused attempts are all there is.
	 */
	private void assertOnlyRefusalsRecordedFor(Long customerId, ActivityAction... refusals) {
		reload();
		assertThat(this.activityLog.entriesForCustomer(customerId)).extracting(ActivityLogEntry::getAction)
			.containsExactly(refusals);
		assertThat(this.responses.findByCustomerIdOrderById(customerId)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from reseller_relationship where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.customers.findById(customerId).orElseThrow().getAgreementVersion()).isNull();
	}

	private String conflictsKey(String token, Long customerId) {
		return this.acceptance.preview(token, customerId).plan().conflictsKey();
	}

	private long cspHolders(Long customerId, Long serviceId) {
		return this.jdbc
			.sql("select count(*) from delegated_admin_grant where csp_holder_customer_id = ? and service_id = ?")
			.params(customerId, serviceId)
			.query(Long.class)
			.single();
	}

	private ResellerRelationship relationshipOf(PartnerUser admin, Long customerId) {
		return this.relationships.findByPartnerIdAndCustomerId(admin.getPartner().getId(), customerId).orElseThrow();
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
