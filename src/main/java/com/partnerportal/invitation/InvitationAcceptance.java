package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityRecord;
import com.partnerportal.customer.Customer;
import com.partnerportal.customer.CustomerAgreementProperties;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.CustomerUserRepository;
import com.partnerportal.relationship.DelegatedAdminHeldElsewhereException;
import com.partnerportal.relationship.DifferentCloudException;
import com.partnerportal.relationship.RelationshipEstablishment;
import com.partnerportal.relationship.RelationshipPlan;
import com.partnerportal.web.NotFoundException;

/**
 * A customer's answer to a partner's invitation. Accepting records the customer agreement
 * where needed, puts the relationship and delegated admin into force and records the
 * answer, all in one transaction; declining only records the answer. Only a Global admin
 * of the customer may answer.
 */
@Service
@Transactional
public class InvitationAcceptance {

	static final String WITH_DELEGATED_ADMIN = "WITH_DELEGATED_ADMIN";

	static final String WITHOUT_DELEGATED_ADMIN = "WITHOUT_DELEGATED_ADMIN";

	private final InvitationLanding landing;

	private final RelationshipEstablishment establishment;

	private final CustomerRepository customers;

	private final CustomerUserRepository customerUsers;

	private final UserAccountRepository accounts;

	private final InvitationResponseRepository responses;

	private final ActivityLog activityLog;

	private final CustomerAgreementProperties agreement;

	private final Clock clock;

	InvitationAcceptance(InvitationLanding landing, RelationshipEstablishment establishment,
			CustomerRepository customers, CustomerUserRepository customerUsers, UserAccountRepository accounts,
			InvitationResponseRepository responses, ActivityLog activityLog, CustomerAgreementProperties agreement,
			Clock clock) {
		this.landing = landing;
		this.establishment = establishment;
		this.customers = customers;
		this.customerUsers = customerUsers;
		this.accounts = accounts;
		this.responses = responses;
		this.activityLog = activityLog;
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
		RelationshipPlan plan = this.establishment.plan(details.invitation().partner().getId(), customerId,
				details.invitation().delegatedAdmin());
		return new AcceptancePreview(details, !customer.hasAcceptedAgreement(this.agreement.version()), plan);
	}

	/**
	 * @param customerId a customer
	 * @return the customer's enabled Global admins, who alone may answer an invitation
	 */
	@Transactional(readOnly = true)
	public List<AcceptanceContact> whoCanAccept(Long customerId) {
		return this.customerUsers.findByCustomerIdOrderByDisplayName(customerId)
			.stream()
			.filter((user) -> user.isGlobalAdmin() && user.isEnabled())
			.map((user) -> new AcceptanceContact(user.getDisplayName(), user.getEmail()))
			.toList();
	}

	/**
	 * Accepts an invitation for the customer. Accepting again what is already in force
	 * writes nothing at all.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user, who must be a Global admin of that customer
	 * @param agreementConfirmed whether the user ticked that they accept the customer
	 * agreement; needed only while the customer has not accepted the current version
	 * @return what happened
	 * @throws NotFoundException if no current link issued the token
	 * @throws AccessDeniedException if the actor is not a Global admin of the customer
	 * @throws AgreementNotConfirmedException if the agreement needed accepting and was
	 * not
	 * @throws DifferentCloudException if partner and customer are in different clouds
	 * @throws DelegatedAdminHeldElsewhereException if another CSP partner holds delegated
	 * admin for a service asked for
	 */
	public AcceptanceResult accept(String token, Long customerId, Actor actor, boolean agreementConfirmed) {
		Invitation invitation = this.landing.describe(token).invitation();
		requireGlobalAdmin(actor, customerId);
		Customer customer = customer(customerId);
		Long partnerId = invitation.partner().getId();
		// Everything that can refuse the acceptance is checked before anything changes.
		RelationshipPlan plan = this.establishment.plan(partnerId, customerId, invitation.delegatedAdmin());
		plan.requirePossible();
		boolean agreementNeeded = !customer.hasAcceptedAgreement(this.agreement.version());
		if (agreementNeeded && !agreementConfirmed) {
			throw new AgreementNotConfirmedException();
		}
		if (!agreementNeeded && plan.changesNothing()) {
			return AcceptanceResult.NOTHING_CHANGED;
		}
		Instant now = this.clock.instant();
		if (agreementNeeded) {
			String previousVersion = customer.getAgreementVersion();
			customer.acceptAgreement(this.agreement.version(), userId(actor), now);
			this.activityLog.record(ActivityRecord.of(actor, ActivityAction.CUSTOMER_AGREEMENT_ACCEPTED)
				.customer(customerId, customer.getCompanyName())
				.change(previousVersion, this.agreement.version()));
		}
		this.establishment.accept(partnerId, customerId, invitation.delegatedAdmin(), actor);
		answer(invitation, customer, actor, InvitationResponse.Outcome.ACCEPTED, ActivityAction.INVITATION_ACCEPTED);
		return AcceptanceResult.ACCEPTED;
	}

	/**
	 * Declines an invitation: records the answer and changes nothing else.
	 * @param token the token from the link's URL
	 * @param customerId the signed-in user's customer
	 * @param actor the signed-in user, who must be a Global admin of that customer
	 * @return the invitation declined
	 * @throws NotFoundException if no current link issued the token
	 * @throws AccessDeniedException if the actor is not a Global admin of the customer
	 */
	public Invitation decline(String token, Long customerId, Actor actor) {
		Invitation invitation = this.landing.describe(token).invitation();
		requireGlobalAdmin(actor, customerId);
		answer(invitation, customer(customerId), actor, InvitationResponse.Outcome.DECLINED,
				ActivityAction.INVITATION_DECLINED);
		return invitation;
	}

	private void answer(Invitation invitation, Customer customer, Actor actor, InvitationResponse.Outcome outcome,
			ActivityAction action) {
		this.responses
			.save(new InvitationResponse(invitation, customer.getId(), outcome, this.clock.instant(), userId(actor)));
		this.activityLog.record(ActivityRecord.of(actor, action)
			.partner(invitation.partner().getId())
			.customer(customer.getId(), customer.getCompanyName())
			.change(null, invitation.delegatedAdmin() ? WITH_DELEGATED_ADMIN : WITHOUT_DELEGATED_ADMIN));
	}

	/**
	 * The pages check the role already; this repeats the check against the stored
	 * account, so that no other caller can answer for a customer it does not administer.
	 */
	private void requireGlobalAdmin(Actor actor, Long customerId) {
		boolean globalAdmin = (actor.userId() != null) && this.accounts.findById(actor.userId())
			.filter(CustomerUser.class::isInstance)
			.map(CustomerUser.class::cast)
			.filter((user) -> user.isEnabled() && user.isGlobalAdmin() && customerId.equals(user.organisationId()))
			.isPresent();
		if (!globalAdmin) {
			throw new AccessDeniedException("Only a Global admin of the customer may answer an invitation");
		}
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
