package com.partnerportal.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.PartnerActor;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.shared.NotFoundException;

/**
 * A partner's Global admin or Admin agent ends the partner's reseller relationship with a
 * customer. Not while the partner is the partner of record of an active subscription of
 * the customer: those must be suspended or cancelled first. Ending it takes the customer
 * off the partner's list, ends the partner's delegated admin and hands the support
 * contacts it held back to each subscription's partner of record, in one transaction: the
 * subscription feature does the last on the {@link RelationshipEnded} event, and answers
 * what blocks the removal through {@link RemovalBlockers}.
 */
@Service
public class RelationshipRemoval {

	static final String REFUSED_FOR_ROLE = "ROLE_NOT_ALLOWED";

	static final String REFUSED_FOR_SUBSCRIPTIONS = "ACTIVE_SUBSCRIPTIONS_AS_PARTNER_OF_RECORD";

	/** The activity log's old and new values hold this many characters. */
	static final int MAX_VALUE_LENGTH = 1000;

	private final ResellerRelationshipRepository relationships;

	private final RemovalBlockers blockers;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RelationshipRemoval(ResellerRelationshipRepository relationships, RemovalBlockers blockers, Catalogue catalogue,
			ApplicationEventPublisher events, Clock clock) {
		this.relationships = relationships;
		this.blockers = blockers;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Says what removing the relationship would do, or what blocks it. Changes nothing.
	 * @param user the partner Global admin or Admin agent acting
	 * @param customerId a customer of the user's partner
	 * @return the preview
	 * @throws AccessDeniedException if the user's role may not remove relationships
	 * @throws NotFoundException if the customer is not in an active relationship with the
	 * user's partner
	 */
	@Transactional(readOnly = true)
	public RemovalPreview preview(PartnerActor user, Long customerId) {
		if (!user.role().managesRelationships()) {
			throw new AccessDeniedException("Only a Global admin or Admin agent may remove a relationship");
		}
		return preview(activeRelationship(user.partnerId(), customerId).orElseThrow(() -> notFound(customerId)));
	}

	/**
	 * Ends the relationship. A refusal is recorded in the activity log and the
	 * transaction still commits, because the checks run before anything changes: the
	 * entry is all it writes.
	 * @param user the partner Global admin or Admin agent acting
	 * @param customerId a customer of the user's partner
	 * @return what was done
	 * @throws AccessDeniedException if the user's role may not remove relationships
	 * @throws NotFoundException if the customer is not in an active relationship with the
	 * user's partner
	 * @throws RelationshipRemovalBlockedException if the partner is the partner of record
	 * of an active subscription of the customer
	 * @throws ConcurrentChangeException if another request changed the relationship at
	 * the same moment; nothing was removed
	 */
	@Transactional(noRollbackFor = { AccessDeniedException.class, RelationshipRemovalBlockedException.class })
	public RemovalPreview remove(PartnerActor user, Long customerId) {
		Optional<ResellerRelationship> found = activeRelationship(user.partnerId(), customerId);
		if (!user.role().managesRelationships()) {
			refuse(user, found, REFUSED_FOR_ROLE);
			throw new AccessDeniedException("Only a Global admin or Admin agent may remove a relationship");
		}
		ResellerRelationship relationship = found.orElseThrow(() -> notFound(customerId));
		RemovalPreview preview = preview(relationship);
		if (preview.isBlocked()) {
			refuse(user, found, REFUSED_FOR_SUBSCRIPTIONS + ": "
					+ preview.blockers().stream().map(RemovalBlocker::offerName).collect(Collectors.joining(", ")));
			throw new RelationshipRemovalBlockedException(preview);
		}
		Instant now = this.clock.instant();
		try {
			relationship.end(now, user.actor());
			// Written now, so that a removal racing this one fails here on the version.
			this.relationships.flush();
			// Saving publishes the ending, on which the support contacts are released.
			this.relationships.save(relationship);
			// The rest too, so that no race is left to fail at commit, past this method.
			this.relationships.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException("The relationship with customer " + customerId + " changed meanwhile",
					ex);
		}
		return preview;
	}

	private RemovalPreview preview(ResellerRelationship relationship) {
		Long partnerId = relationship.getPartner().getId();
		Customer customer = relationship.getCustomer();
		List<RemovalBlocker> blockers = this.blockers.blockers(partnerId, customer.getId());
		List<String> delegatedAdmin = this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder()
			.stream()
			.filter((service) -> relationship.holdsDelegatedAdmin(service.getId()))
			.map(CloudService::getName)
			.toList();
		return new RemovalPreview(customer.getId(), customer.getCompanyName(), blockers, delegatedAdmin,
				this.blockers.supportContactHandovers(partnerId, customer.getId()));
	}

	private void refuse(PartnerActor user, Optional<ResellerRelationship> relationship, String reason) {
		// The customer is named only when it is this partner's, so that no entry tells a
		// partner about another's customer.
		Optional<Customer> customer = relationship.map(ResellerRelationship::getCustomer);
		this.events.publishEvent(new RelationshipRemovalRefused(user.partnerId(), user.organisationName(),
				customer.map(Customer::getId).orElse(null), customer.map(Customer::getCompanyName).orElse(null),
				fitted(reason), user.actor()));
	}

	/**
	 * A customer with many subscriptions would give a reason longer than the log's column
	 * holds; the start of the list says enough.
	 */
	static String fitted(String reason) {
		return (reason.length() <= MAX_VALUE_LENGTH) ? reason : reason.substring(0, MAX_VALUE_LENGTH - 1) + "\u2026";
	}

	private Optional<ResellerRelationship> activeRelationship(Long partnerId, Long customerId) {
		return this.relationships.findByPartnerIdAndCustomerId(partnerId, customerId)
			.filter(ResellerRelationship::isActive);
	}

	private static NotFoundException notFound(Long customerId) {
		// Unknown, ended or another partner's: all look the same from outside.
		return new NotFoundException("No active relationship with customer " + customerId);
	}

}
