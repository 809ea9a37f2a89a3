package com.partnerportal.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.CustomerActor;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.shared.NotFoundException;

/**
 * A customer's Global admin takes delegated admin away from its partners. Only the
 * privileges go: every relationship stays in force, so a reseller remains the customer's
 * reseller, and the support contact of the subscriptions it serves.
 */
@Service
public class DelegatedAdminRemoval {

	private final ResellerRelationshipRepository relationships;

	private final Catalogue catalogue;

	private final PartnerSubscriptions partnerSubscriptions;

	private final Clock clock;

	DelegatedAdminRemoval(ResellerRelationshipRepository relationships, Catalogue catalogue,
			PartnerSubscriptions partnerSubscriptions, Clock clock) {
		this.relationships = relationships;
		this.catalogue = catalogue;
		this.partnerSubscriptions = partnerSubscriptions;
		this.clock = clock;
	}

	/**
	 * Says what a removal would take away, for the confirmation step. Changes nothing.
	 * @param user the customer Global admin acting
	 * @param scope what to remove
	 * @return what would be removed; empty when nothing is held there
	 * @throws AccessDeniedException if the user is not a customer Global admin
	 * @throws NotFoundException if the partner has no active relationship with the user's
	 * customer, or the service does not exist
	 * @throws DelegatedAdminNotApplicableException if delegated admin does not apply to
	 * the service
	 */
	@Transactional(readOnly = true)
	public RemovalPlan plan(CustomerActor user, DelegatedAdminScope scope) {
		return select(requireGlobalAdmin(user), scope).plan();
	}

	/**
	 * Removes delegated admin within the scope, all of it or (on any failure) none of it.
	 * Each partner and service removed leaves a history line on the relationship and a
	 * {@link DelegatedAdminRemoved}. What is removed is decided now, not when the
	 * confirmation page was shown, so a grant removed meanwhile by someone else is simply
	 * skipped.
	 * @param user the customer Global admin acting
	 * @param scope what to remove
	 * @return what was removed; empty when nothing was held, in which case nothing was
	 * written
	 * @throws AccessDeniedException if the user is not a customer Global admin
	 * @throws NotFoundException if the partner has no active relationship with the user's
	 * customer, or the service does not exist
	 * @throws DelegatedAdminNotApplicableException if delegated admin does not apply to
	 * the service
	 * @throws ConcurrentChangeException if another request changed one of the
	 * relationships at the same moment; nothing was removed
	 */
	@Transactional
	public RemovalPlan remove(CustomerActor user, DelegatedAdminScope scope) {
		Selection selection = select(requireGlobalAdmin(user), scope);
		Instant now = this.clock.instant();
		try {
			for (Target target : selection.targets()) {
				ResellerRelationship relationship = target.relationship();
				CloudService service = target.service();
				if (relationship.removeDelegatedAdmin(service.getId(), now, user.actor())) {
					this.relationships.save(relationship);
				}
			}
			// Written now, so that a change racing this one fails here on the version
			// rather than at commit, past this method.
			this.relationships.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException(
					"A relationship of customer " + user.customerId() + " changed meanwhile", ex);
		}
		return selection.plan();
	}

	private static Long requireGlobalAdmin(CustomerActor user) {
		if (!user.role().removesDelegatedAdmin()) {
			throw new AccessDeniedException("Only a customer Global admin may remove delegated admin");
		}
		return user.customerId();
	}

	private Selection select(Long customerId, DelegatedAdminScope scope) {
		List<ResellerRelationship> partners = this.relationships
			.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE)
			.stream()
			.filter((relationship) -> scope.allPartners()
					|| relationship.getPartner().getId().equals(scope.partnerId()))
			.sorted(PartnerRelationships.BY_PARTNER_NAME)
			.toList();
		if (!scope.allPartners() && partners.isEmpty()) {
			// Unknown, ended or another customer's: all look the same from outside.
			throw new NotFoundException("No active relationship with partner " + scope.partnerId());
		}
		List<CloudService> services = (scope.serviceId() != null) ? List.of(applicableService(scope.serviceId()))
				: this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder();
		List<Target> targets = new ArrayList<>();
		for (ResellerRelationship relationship : partners) {
			for (CloudService service : services) {
				if (relationship.holdsDelegatedAdmin(service.getId())) {
					targets.add(new Target(relationship, service));
				}
			}
		}
		ResellerRelationship partner = scope.allPartners() ? null : partners.get(0);
		boolean servesSubscriptions = (partner != null)
				&& this.partnerSubscriptions.servesSubscriptions(customerId, partner.getPartner().getId());
		return new Selection(new RemovalPlan(scope.reach(), (partner != null) ? partner.getPartner().getName() : null,
				(partner != null) ? partner.getRelationshipType() : null,
				scope.allServices() ? null : services.get(0).getName(), targets.stream().map(Target::item).toList(),
				servesSubscriptions), targets);
	}

	private CloudService applicableService(Long serviceId) {
		CloudService service = this.catalogue.findById(serviceId)
			.orElseThrow(() -> new NotFoundException("No service " + serviceId));
		if (!service.isDelegatedAdminApplies()) {
			throw new DelegatedAdminNotApplicableException(service.getName());
		}
		return service;
	}

	private record Selection(RemovalPlan plan, List<Target> targets) {
	}

	private record Target(ResellerRelationship relationship, CloudService service) {

		RemovalPlan.Item item() {
			return new RemovalPlan.Item(this.relationship.getPartner().getId(),
					this.relationship.getPartner().getName(), this.relationship.getRelationshipType(),
					this.service.getId(), this.service.getName());
		}

	}

}
