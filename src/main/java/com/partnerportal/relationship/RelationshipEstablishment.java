package com.partnerportal.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.partner.Territories;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.shared.DatabaseConstraints;
import com.partnerportal.shared.NotFoundException;

/**
 * Puts into force what a customer accepted from a partner: the relationship, and
 * delegated admin for every service it applies to when the partner asked for it.
 * Accepting what is already in force changes nothing. Where another CSP partner holds
 * delegated admin for a service, the customer's choice decides: that partner keeps it, or
 * it moves to the new partner.
 */
@Service
@Transactional
public class RelationshipEstablishment {

	private final ResellerRelationshipRepository relationships;

	private final PartnerRepository partners;

	private final CustomerRepository customers;

	private final Catalogue catalogue;

	private final Territories territories;

	private final DelegatedAdminMove move;

	private final Clock clock;

	RelationshipEstablishment(ResellerRelationshipRepository relationships, PartnerRepository partners,
			CustomerRepository customers, Catalogue catalogue, Territories territories, DelegatedAdminMove move,
			Clock clock) {
		this.relationships = relationships;
		this.partners = partners;
		this.customers = customers;
		this.catalogue = catalogue;
		this.territories = territories;
		this.move = move;
		this.clock = clock;
	}

	/**
	 * Works out what {@link #accept} would change, without changing anything.
	 * @param partnerId the partner asking
	 * @param customerId the customer answering
	 * @param delegatedAdmin whether the partner asks for delegated admin
	 * @return the plan
	 */
	@Transactional(readOnly = true)
	public RelationshipPlan plan(Long partnerId, Long customerId, boolean delegatedAdmin) {
		return propose(partnerId, customerId, delegatedAdmin).plan();
	}

	/**
	 * Works out what {@link #accept(Proposal, Set, Actor)} would change, without changing
	 * anything, and keeps the rows it read so that carrying the plan out reads none of
	 * them again.
	 * @param partnerId the partner asking
	 * @param customerId the customer answering
	 * @param delegatedAdmin whether the partner asks for delegated admin
	 * @return the plan with what it was worked out from; valid only inside the
	 * transaction that made it
	 */
	@Transactional(readOnly = true)
	public Proposal propose(Long partnerId, Long customerId, boolean delegatedAdmin) {
		Partner partner = partner(partnerId);
		Customer customer = customer(customerId);
		Optional<ResellerRelationship> existing = this.relationships.findByPartnerIdAndCustomerId(partnerId,
				customerId);
		List<ResellerRelationship> otherCspPartners = partner.isCspMember()
				? this.relationships.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE)
					.stream()
					.filter((other) -> !other.getPartner().getId().equals(partnerId))
					.filter((other) -> other.getPartner().isCspMember())
					.toList()
				: List.of();
		return new Proposal(plan(partner, customer, existing, otherCspPartners, delegatedAdmin), partner, customer,
				existing, otherCspPartners);
	}

	/**
	 * Establishes or re-establishes the relationship and grants, restores or moves
	 * delegated admin; each change publishes its event as it is made.
	 * @param partnerId the partner asking
	 * @param customerId the customer accepting
	 * @param delegatedAdmin whether the partner asks for delegated admin
	 * @param servicesToMove the services for which the customer moves delegated admin
	 * from the CSP partner holding it to this one; for every other service another CSP
	 * partner holds, that partner keeps it and this one goes without
	 * @param conflictsExpected the conflicts the customer's choices were made for, as
	 * {@link RelationshipPlan#conflictsKey()} names them
	 * @param actor the customer Global admin accepting
	 * @return what was planned; {@link RelationshipPlan#changesNothing(Set)} if nothing
	 * was changed
	 * @throws DifferentCloudException if the two are in different clouds
	 * @throws OutsideTerritoryException if the customer is outside the partner's
	 * territory
	 * @throws DelegatedAdminHeldElsewhereException if the conflicts are not the expected
	 * ones, or the database refused a grant, because another CSP partner took or gave up
	 * delegated admin for a service meanwhile
	 */
	public RelationshipPlan accept(Long partnerId, Long customerId, boolean delegatedAdmin, Set<Long> servicesToMove,
			String conflictsExpected, Actor actor) {
		Proposal proposal = propose(partnerId, customerId, delegatedAdmin);
		proposal.plan().requirePossible();
		if (!proposal.plan().conflictsKey().equals(conflictsExpected)) {
			// A holder committed since the caller looked: keeping or moving would no
			// longer mean what the customer chose.
			throw new DelegatedAdminHeldElsewhereException(proposal.plan().conflicts());
		}
		return accept(proposal, servicesToMove, actor);
	}

	/**
	 * Like {@link #accept(Long, Long, boolean, Set, String, Actor)}, for a caller that
	 * worked the plan out in this same transaction and compared its conflicts with the
	 * customer's choices already.
	 * @param proposal the plan, from {@link #propose} in this transaction
	 * @param servicesToMove the services for which the customer moves delegated admin to
	 * this partner
	 * @param actor the customer Global admin accepting
	 * @return what was planned; {@link RelationshipPlan#changesNothing(Set)} if nothing
	 * was changed
	 * @throws DifferentCloudException if the two are in different clouds
	 * @throws OutsideTerritoryException if the customer is outside the partner's
	 * territory
	 * @throws DelegatedAdminHeldElsewhereException if the database refused a grant,
	 * because another CSP partner took delegated admin for a service meanwhile
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RelationshipPlan accept(Proposal proposal, Set<Long> servicesToMove, Actor actor) {
		RelationshipPlan plan = proposal.plan();
		plan.requirePossible();
		if (plan.changesNothing(servicesToMove)) {
			return plan;
		}
		Partner partner = proposal.partner;
		Customer customer = proposal.customer;
		Instant now = this.clock.instant();
		ResellerRelationship relationship;
		if (proposal.existing.isEmpty()) {
			relationship = this.relationships.save(ResellerRelationship.establish(partner, customer, now, actor));
		}
		else {
			relationship = proposal.existing.get();
			if (relationship.reestablish(now, actor)) {
				relationship = this.relationships.save(relationship);
			}
		}
		try {
			for (CloudService service : plan.servicesTaken(servicesToMove)) {
				Optional<DelegatedAdminConflict> conflict = plan.conflicts()
					.stream()
					.filter((candidate) -> candidate.service().getId().equals(service.getId()))
					.findFirst();
				if (conflict.isPresent()) {
					this.move.move(proposal.relationshipOf(conflict.get().holderPartnerId()), relationship, service,
							now, actor);
				}
				else if (relationship.grantDelegatedAdmin(service, now, actor).isPresent()) {
					// Saved at each step, so that the events come out in the order of the
					// changes, interleaved with the moves'.
					relationship = this.relationships.save(relationship);
				}
			}
			// Flushed here so that the database's one-CSP-holder-per-service key
			// speaks now, inside this call, rather than at commit.
			this.relationships.flush();
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraints.refused(ex, "delegated_admin_grant_csp_holder_uk")) {
				throw new DelegatedAdminHeldElsewhereException(List.of());
			}
			throw ex;
		}
		return plan;
	}

	private RelationshipPlan plan(Partner partner, Customer customer, Optional<ResellerRelationship> existing,
			List<ResellerRelationship> otherCspPartners, boolean delegatedAdmin) {
		RelationshipPlan.Step step = existing.map((relationship) -> relationship.isActive() ? RelationshipPlan.Step.NONE
				: RelationshipPlan.Step.REESTABLISH)
			.orElse(RelationshipPlan.Step.ESTABLISH);
		List<CloudService> grants = new ArrayList<>();
		List<CloudService> restores = new ArrayList<>();
		for (CloudService service : delegatedAdminServices(delegatedAdmin)) {
			Optional<DelegatedAdminGrant> grant = existing.flatMap((relationship) -> relationship.getGrants()
				.stream()
				.filter((candidate) -> candidate.getServiceId().equals(service.getId()))
				.findFirst());
			if (grant.isEmpty()) {
				grants.add(service);
			}
			else if (!grant.get().isActive()) {
				restores.add(service);
			}
		}
		List<DelegatedAdminConflict> conflicts = new ArrayList<>();
		for (CloudService service : concat(grants, restores)) {
			otherCspPartners.stream()
				.filter((other) -> other.holdsDelegatedAdmin(service.getId()))
				.findFirst()
				.ifPresent((holder) -> conflicts.add(new DelegatedAdminConflict(service, holder.getPartner().getId(),
						holder.getPartner().getName())));
		}
		return new RelationshipPlan(step, grants, restores, conflicts, partner.getCloud(), customer.getCloud(),
				this.territories.of(partner), customer.getCountry());
	}

	private List<CloudService> delegatedAdminServices(boolean delegatedAdmin) {
		return delegatedAdmin ? this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder() : List.of();
	}

	private static List<CloudService> concat(List<CloudService> first, List<CloudService> second) {
		List<CloudService> all = new ArrayList<>(first);
		all.addAll(second);
		all.sort(Comparator.comparingInt(CloudService::getSortOrder));
		return all;
	}

	private Partner partner(Long partnerId) {
		return this.partners.findById(partnerId).orElseThrow(() -> new NotFoundException("Partner " + partnerId));
	}

	private Customer customer(Long customerId) {
		return this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer " + customerId));
	}

	/**
	 * A plan together with the rows it was worked out from: the partner, the customer,
	 * their relationship if any and the customer's other CSP partners. Carrying it out in
	 * the transaction that made it reads none of them again.
	 */
	public static final class Proposal {

		private final RelationshipPlan plan;

		private final Partner partner;

		private final Customer customer;

		private final Optional<ResellerRelationship> existing;

		private final List<ResellerRelationship> otherCspPartners;

		private Proposal(RelationshipPlan plan, Partner partner, Customer customer,
				Optional<ResellerRelationship> existing, List<ResellerRelationship> otherCspPartners) {
			this.plan = plan;
			this.partner = partner;
			this.customer = customer;
			this.existing = existing;
			this.otherCspPartners = otherCspPartners;
		}

		/**
		 * @return what accepting would change
		 */
		public RelationshipPlan plan() {
			return this.plan;
		}

		private ResellerRelationship relationshipOf(Long otherPartnerId) {
			return this.otherCspPartners.stream()
				.filter((other) -> other.getPartner().getId().equals(otherPartnerId))
				.findFirst()
				.orElseThrow();
		}

	}

}
