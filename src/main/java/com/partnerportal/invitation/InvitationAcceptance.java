package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.customer.CustomerAgreementProperties;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.CustomerUserRepository;
import com.partnerportal.invitation.internal.InvitationResponseRepository;
import com.partnerportal.relationship.DelegatedAdminConflict;
import com.partnerportal.relationship.DelegatedAdminHeldElsewhereException;
import com.partnerportal.relationship.RelationshipEstablishment;
import com.partnerportal.relationship.RelationshipPlan;
import com.partnerportal.shared.NotFoundException;

/**
 * A customer's answer to a partner's invitation. Accepting records the customer agreement
 * where needed, puts the relationship and delegated admin into force and records the
 * answer, all in one transaction; declining only records the answer. Only a Global admin
 * of the customer may answer, only a partner of the customer's cloud and territory may be
 * accepted, and where another CSP partner holds delegated admin for a service the
 * customer chooses who keeps it.
 * <p>
 * A refused attempt (role, cloud, territory) writes its activity-log entry and nothing
 * else, then throws {@link AcceptanceRefusedException}; the transaction commits on that
 * exception, so the entry stays while nothing was changed.
 */
@Service
@Transactional(noRollbackFor = AcceptanceRefusedException.class)
public class InvitationAcceptance {

	private final InvitationLanding landing;

	private final RelationshipEstablishment establishment;

	private final CustomerRepository customers;

	private final CustomerUserRepository customerUsers;

	private final UserAccountRepository accounts;

	private final InvitationResponseRepository responses;

	private final ApplicationEventPublisher events;

	private final CustomerAgreementProperties agreement;

	private final Clock clock;

	InvitationAcceptance(InvitationLanding landing, RelationshipEstablishment establishment,
			CustomerRepository customers, CustomerUserRepository customerUsers, UserAccountRepository accounts,
			InvitationResponseRepository responses, ApplicationEventPublisher events,
			CustomerAgreementProperties agreement, Clock clock) {
		this.landing = landing;
		this.establishment = establishment;
		this.customers = customers;
		this.customerUsers = customerUsers;
		this.accounts = accounts;
		this.responses = responses;
		this.events = events;
		this.agreement = agreement;
		this.clock = clock;
	}

	/**
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @return what the Global admin is asked to accept and what it would change
	 * @throws NotFoundException if no current link issued the token
	 */
	@Transactional(readOnly = true)
	public AcceptancePreview preview(String token, Long customerId) {
		LandingDetails details = this.landing.describe(token);
		Customer customer = customer(customerId);
		return new AcceptancePreview(details, !customer.hasAcceptedAgreement(this.agreement.version()),
				plan(details.invitation(), customerId));
	}

	/**
	 * @param customerId a customer
	 * @return the customer's enabled Global admins, who alone may answer an invitation
	 */
	@Transactional(readOnly = true)
	public List<AcceptanceContact> whoCanAccept(Long customerId) {
		return this.customerUsers.findByCustomerIdOrderByDisplayName(customerId)
			.stream()
			.filter((user) -> user.getCustomerRole().answersInvitations() && user.isEnabled())
			.map((user) -> new AcceptanceContact(user.getDisplayName(), user.getEmail()))
			.toList();
	}

	/**
	 * Records that a signed-in user of the customer was shown the accept step of an
	 * invitation: {@code INVITATION_VIEWED}, and the refused attempt when the page tells
	 * the user that it cannot accept (its role). Nothing is recorded when the partner may
	 * not serve the customer (another cloud, outside its territory), so that the partner
	 * learns nothing of a customer it may not serve and that has not answered. The pages
	 * call this once per session and invitation, so that following a link is recorded and
	 * reloading the page is not.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user
	 * @return why the user cannot accept, if it cannot
	 * @throws NotFoundException if no current link issued the token
	 * @throws AccessDeniedException if the actor is not a user of the customer
	 */
	public Optional<AcceptanceRefusal> recordView(String token, Long customerId, Actor actor) {
		return recordView(preview(token, customerId), customerId, actor);
	}

	/**
	 * {@link #preview} and {@link #recordView} at once, for the first showing of the
	 * accept step in a session, so that the plan is worked out once for both.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user
	 * @return what the Global admin is asked to accept and what it would change
	 * @throws NotFoundException if no current link issued the token
	 * @throws AccessDeniedException if the actor is not a user of the customer
	 */
	public AcceptancePreview previewRecordingView(String token, Long customerId, Actor actor) {
		AcceptancePreview preview = preview(token, customerId);
		recordView(preview, customerId, actor);
		return preview;
	}

	private Optional<AcceptanceRefusal> recordView(AcceptancePreview preview, Long customerId, Actor actor) {
		Invitation invitation = preview.details().invitation();
		RelationshipPlan plan = preview.plan();
		Optional<AcceptanceRefusal> refusal = refusal(mayAnswer(actor, customerId), plan);
		if (!plan.possible()) {
			// A look is not an answer: the partner's log would learn the name and country
			// of an organisation it may not serve (its cloud or territory), which only
			// opened a link anybody can pass on. Accepting is still recorded as an
			// attempt.
			return refusal;
		}
		Customer customer = customer(customerId);
		this.events.publishEvent(new InvitationViewed(invitation.partner().getId(), invitation.partner().getName(),
				customerId, customer.getCompanyName(), invitation.delegatedAdmin(), actor));
		refusal.ifPresent((reason) -> recordRefusal(reason, invitation, customer, actor, plan));
		return refusal;
	}

	/**
	 * Accepts an invitation for the customer, keeping every current delegated-admin
	 * holder. Accepting again what is already in force writes nothing at all.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user, who must be a Global admin of that customer
	 * @param agreementConfirmed whether the user ticked that they accept the customer
	 * agreement
	 * @return what happened
	 * @see #accept(String, Long, Actor, AcceptanceChoices)
	 */
	public AcceptanceOutcome accept(String token, Long customerId, Actor actor, boolean agreementConfirmed) {
		return accept(token, customerId, actor, AcceptanceChoices.keepingCurrentPartners(agreementConfirmed));
	}

	/**
	 * Accepts an invitation for the customer. Accepting again what is already in force
	 * writes nothing at all.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user, who must be a Global admin of that customer
	 * @param choices the agreement confirmation and the choices for conflicts
	 * @return what happened
	 * @throws NotFoundException if no current link issued the token
	 * @throws AccessDeniedException if the actor is not a user of the customer
	 * @throws AcceptanceRefusedException if the actor is not a Global admin, or the
	 * partner is in another cloud or does not serve the customer's country; the refused
	 * attempt is recorded
	 * @throws AcceptanceOutdatedException if the conflicts are not those the customer
	 * saw, or another acceptance or removal for the customer changed them at the same
	 * moment
	 * @throws AgreementNotConfirmedException if the agreement needed accepting and was
	 * not
	 * @throws DelegatedAdminHeldElsewhereException if another CSP partner took delegated
	 * admin for a service meanwhile
	 */
	public AcceptanceOutcome accept(String token, Long customerId, Actor actor, AcceptanceChoices choices) {
		LandingDetails details = this.landing.describe(token);
		Invitation invitation = details.invitation();
		boolean globalAdmin = mayAnswer(actor, customerId);
		Customer customer = customer(customerId);
		// Everything that can refuse the acceptance is checked before anything changes,
		// on the one plan that is then carried out: it is worked out once per
		// acceptance.
		RelationshipEstablishment.Proposal proposal = this.establishment.propose(invitation.partner().getId(),
				customerId, invitation.delegatedAdmin());
		RelationshipPlan plan = proposal.plan();
		Optional<AcceptanceRefusal> refusal = refusal(globalAdmin, plan);
		if (refusal.isPresent()) {
			recordRefusal(refusal.get(), invitation, customer, actor, plan);
			throw new AcceptanceRefusedException(refusal.get());
		}
		if (choices.conflictsSeen() != null && !choices.conflictsSeen().equals(plan.conflictsKey())) {
			throw new AcceptanceOutdatedException();
		}
		boolean agreementNeeded = !customer.hasAcceptedAgreement(this.agreement.version());
		if (agreementNeeded && !choices.agreementConfirmed()) {
			throw new AgreementNotConfirmedException();
		}
		Set<Long> moves = new HashSet<>(choices.servicesToMove());
		moves.removeIf((serviceId) -> !plan.isConflicted(serviceId));
		if (!agreementNeeded && plan.changesNothing(moves)) {
			return AcceptanceOutcome.nothingChanged(details);
		}
		Instant now = this.clock.instant();
		try {
			if (agreementNeeded) {
				String previousVersion = customer.getAgreementVersion();
				customer.acceptAgreement(this.agreement.version(), userId(actor), now);
				this.events.publishEvent(new CustomerAgreementAccepted(customerId, customer.getCompanyName(),
						previousVersion, this.agreement.version(), actor));
			}
			this.establishment.accept(proposal, moves, actor);
			answer(invitation, customer, actor, InvitationResponse.Outcome.ACCEPTED);
			// Everything written now, so that a race lost to another acceptance or
			// removal for the same customer fails inside this call rather than at commit.
			this.responses.flush();
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException ex) {
			throw new AcceptanceOutdatedException(ex);
		}
		return new AcceptanceOutcome(details, AcceptanceResult.ACCEPTED,
				plan.servicesTaken(moves).stream().map(CloudService::getName).toList(),
				plan.conflicts()
					.stream()
					.map(DelegatedAdminConflict::service)
					.filter((service) -> !moves.contains(service.getId()))
					.map(CloudService::getName)
					.toList());
	}

	/**
	 * Declines an invitation: records the answer and changes nothing else.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user, who must be a Global admin of that customer
	 * @return the invitation declined
	 * @throws NotFoundException if no current link issued the token
	 * @throws AccessDeniedException if the actor is not a user of the customer
	 * @throws AcceptanceRefusedException if the actor is not a Global admin; the refused
	 * attempt is recorded
	 */
	public Invitation decline(String token, Long customerId, Actor actor) {
		Invitation invitation = this.landing.describe(token).invitation();
		Customer customer = customer(customerId);
		if (!mayAnswer(actor, customerId)) {
			recordRefusal(AcceptanceRefusal.ROLE, invitation, customer, actor, plan(invitation, customerId));
			throw new AcceptanceRefusedException(AcceptanceRefusal.ROLE);
		}
		// A second decline of the same invitation (a double click, or the form sent
		// again) records nothing new; the lock makes two at once wait for each other.
		this.customers.findLockedById(customerId);
		if (!alreadyDeclined(invitation, customerId)) {
			answer(invitation, customer, actor, InvitationResponse.Outcome.DECLINED);
		}
		return invitation;
	}

	/**
	 * @return whether the customer's latest answer to this partner was to decline this
	 * same invitation
	 */
	private boolean alreadyDeclined(Invitation invitation, Long customerId) {
		List<InvitationResponse> answers = this.responses.findByCustomerIdOrderById(customerId)
			.stream()
			.filter((response) -> response.getPartnerId().equals(invitation.partner().getId()))
			.toList();
		if (answers.isEmpty()) {
			return false;
		}
		InvitationResponse latest = answers.get(answers.size() - 1);
		return latest.getOutcome() == InvitationResponse.Outcome.DECLINED
				&& latest.isDelegatedAdmin() == invitation.delegatedAdmin();
	}

	private RelationshipPlan plan(Invitation invitation, Long customerId) {
		return this.establishment.plan(invitation.partner().getId(), customerId, invitation.delegatedAdmin());
	}

	/**
	 * The role comes first, as a user who may not answer needs to know that before
	 * anything else; then the cloud, the more basic of the partner's limits.
	 */
	private static Optional<AcceptanceRefusal> refusal(boolean globalAdmin, RelationshipPlan plan) {
		if (!globalAdmin) {
			return Optional.of(AcceptanceRefusal.ROLE);
		}
		if (plan.differentCloud()) {
			return Optional.of(AcceptanceRefusal.CLOUD);
		}
		if (plan.outsideTerritory()) {
			return Optional.of(AcceptanceRefusal.TERRITORY);
		}
		return Optional.empty();
	}

	private void recordRefusal(AcceptanceRefusal refusal, Invitation invitation, Customer customer, Actor actor,
			RelationshipPlan plan) {
		this.events.publishEvent(new InvitationAcceptanceRefused(invitation.partner().getId(),
				invitation.partner().getName(), customer.getId(), customer.getCompanyName(),
				invitation.delegatedAdmin(), refusal, plan.partnerCloud(), plan.customerCloud(), plan.customerCountry(),
				plan.territory().homeCountry(), plan.territory().region(), actor));
	}

	private void answer(Invitation invitation, Customer customer, Actor actor, InvitationResponse.Outcome outcome) {
		Instant now = this.clock.instant();
		this.responses.save(new InvitationResponse(invitation, customer.getId(), outcome, now, userId(actor)));
		Long partnerId = invitation.partner().getId();
		String partnerName = invitation.partner().getName();
		this.events.publishEvent((outcome == InvitationResponse.Outcome.ACCEPTED)
				? new InvitationAccepted(partnerId, partnerName, customer.getId(), customer.getCompanyName(),
						invitation.delegatedAdmin(), now, actor)
				: new InvitationDeclined(partnerId, partnerName, customer.getId(), customer.getCompanyName(),
						invitation.delegatedAdmin(), now, actor));
	}

	/**
	 * The pages check the role already; this repeats the check against the stored
	 * account, so that no other caller can answer for a customer it does not administer.
	 * @return whether the actor is an enabled user of the customer whose role answers
	 * invitations
	 * @throws AccessDeniedException if the actor is no enabled user of the customer at
	 * all
	 */
	private boolean mayAnswer(Actor actor, Long customerId) {
		CustomerUser user = Optional.ofNullable(actor.userId())
			.flatMap(this.accounts::findById)
			.filter(CustomerUser.class::isInstance)
			.map(CustomerUser.class::cast)
			.filter((candidate) -> candidate.isEnabled() && customerId.equals(candidate.organisationId()))
			.orElseThrow(() -> new AccessDeniedException("Only a user of the customer may answer its invitations"));
		return user.getCustomerRole().answersInvitations();
	}

	private static Long userId(Actor actor) {
		Long userId = actor.userId();
		if (userId == null) {
			throw new AccessDeniedException("Only a person may answer an invitation");
		}
		return userId;
	}

	private Customer customer(Long customerId) {
		return this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer " + customerId));
	}

}
