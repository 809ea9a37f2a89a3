package com.partnerportal.relationship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;

/**
 * The commercial relationship between one partner and one customer, with the delegated
 * admin the customer granted per service. The relationship and delegated admin are
 * separate facts: removing delegated admin leaves the relationship in force. All changes
 * go through this aggregate so that each one leaves a line of history and an event, both
 * from the same facts; the events are published when the repository saves the aggregate.
 */
@Entity
public class ResellerRelationship extends AbstractAggregateRoot<ResellerRelationship> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partner_id")
	private Partner partner;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	/**
	 * The customer's id as this row holds it, for queries that join the customer and must
	 * still name this table's column: {@code r.customer.id} there reads {@code c.id},
	 * which no index of this table has, and an order by it sorts every row.
	 */
	@Column(name = "customer_id", insertable = false, updatable = false)
	private @Nullable Long customerId;

	@Enumerated(EnumType.STRING)
	private RelationshipType relationshipType;

	@Enumerated(EnumType.STRING)
	private RelationshipState state;

	private Instant since;

	private @Nullable Instant endedAt;

	@OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL)
	private List<DelegatedAdminGrant> grants = new ArrayList<>();

	/**
	 * How many of {@link #grants} are active, kept with them (V17) so that a list of a
	 * hundred thousand customers filters by it through an index rather than counting each
	 * customer's grants.
	 */
	private int delegatedAdminServices;

	@OneToMany(mappedBy = "relationship", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	private List<RelationshipHistoryEntry> history = new ArrayList<>();

	@Version
	private long version;

	protected ResellerRelationship() {
	}

	private ResellerRelationship(Partner partner, Customer customer, Instant now, Actor actor) {
		this.partner = partner;
		this.customer = customer;
		this.relationshipType = partner.isCspMember() ? RelationshipType.RESELLER : RelationshipType.ADVISOR;
		this.state = RelationshipState.ACTIVE;
		this.since = now;
		happened(null, RelationshipAction.ESTABLISHED, now, actor, new RelationshipEstablished(partner.getId(),
				partner.getName(), customer.getId(), customer.getCompanyName(), this.relationshipType, now, actor));
	}

	/**
	 * Starts a relationship between a partner and a customer that have none.
	 * @param partner the partner
	 * @param customer the customer
	 * @param now when
	 * @param actor the customer user who accepted
	 * @return the new relationship, active and without delegated admin
	 */
	public static ResellerRelationship establish(Partner partner, Customer customer, Instant now, Actor actor) {
		return new ResellerRelationship(partner, customer, now, actor);
	}

	/**
	 * Puts an ended relationship back in force. Does nothing to an active one.
	 * @param now when
	 * @param actor who
	 * @return whether anything changed
	 */
	public boolean reestablish(Instant now, Actor actor) {
		if (isActive()) {
			return false;
		}
		this.state = RelationshipState.ACTIVE;
		this.since = now;
		this.endedAt = null;
		happened(null, RelationshipAction.REESTABLISHED, now, actor, new RelationshipReestablished(this.partner.getId(),
				this.partner.getName(), this.customer.getId(), this.customer.getCompanyName(), now, actor));
		return true;
	}

	/**
	 * Ends the relationship; the partner's delegated admin ends with it.
	 * @param now when
	 * @param actor who
	 * @throws IllegalStateException if the relationship has already ended
	 */
	public void end(Instant now, Actor actor) {
		if (!isActive()) {
			throw new IllegalStateException("Relationship " + this.id + " has already ended");
		}
		List<DelegatedAdminGrant> held = this.grants.stream()
			.filter(DelegatedAdminGrant::isActive)
			.sorted(Comparator.comparingInt(DelegatedAdminGrant::serviceSortOrder))
			.toList();
		RelationshipEnded ended = new RelationshipEnded(this.partner.getId(), this.partner.getName(),
				this.customer.getId(), this.customer.getCompanyName(),
				held.stream().map(DelegatedAdminGrant::namedService).toList(), now, actor);
		// One event says it all; the history keeps a line per grant ended with it.
		for (DelegatedAdminGrant grant : held) {
			grant.deactivate(now);
			record(grant.getServiceId(), RelationshipAction.DELEGATED_ADMIN_REMOVED, now, actor);
		}
		countDelegatedAdmin();
		this.state = RelationshipState.ENDED;
		this.endedAt = now;
		happened(null, RelationshipAction.ENDED, now, actor, ended);
	}

	/**
	 * Grants delegated admin for a service, or restores it where it was removed.
	 * @param service a service that delegated admin applies to
	 * @param now when
	 * @param actor the customer Global admin who granted it
	 * @return what happened: granted, restored, or {@link Optional#empty()} when the
	 * partner already held it
	 * @throws IllegalArgumentException if delegated admin does not apply to the service
	 * @throws IllegalStateException if the relationship has ended
	 */
	public Optional<RelationshipAction> grantDelegatedAdmin(CloudService service, Instant now, Actor actor) {
		requireCanHold(service);
		if (holdsDelegatedAdmin(service.getId())) {
			return Optional.empty();
		}
		RelationshipAction action = activateGrant(service, now);
		NamedService named = new NamedService(service.getId(), service.getName());
		happened(service.getId(), action, now, actor,
				(action == RelationshipAction.DELEGATED_ADMIN_RESTORED)
						? new DelegatedAdminRestored(this.partner.getId(), this.partner.getName(),
								this.customer.getId(), this.customer.getCompanyName(), named, now, actor)
						: new DelegatedAdminGranted(this.partner.getId(), this.partner.getName(), this.customer.getId(),
								this.customer.getCompanyName(), named, now, actor));
		return Optional.of(action);
	}

	/**
	 * Gives up delegated admin for a service because the customer moves it to another CSP
	 * partner; the relationship itself stays. The grant is deactivated here, and must be
	 * written before the other partner's grant is, as only one CSP partner may hold it.
	 * @param serviceId the service
	 * @param newHolder the CSP partner taking it over
	 * @param now when
	 * @param actor the customer Global admin who moved it
	 * @throws IllegalStateException if the partner does not hold delegated admin for the
	 * service
	 */
	public void moveDelegatedAdminAway(Long serviceId, Partner newHolder, Instant now, Actor actor) {
		DelegatedAdminGrant grant = grantFor(serviceId).filter(DelegatedAdminGrant::isActive)
			.orElseThrow(() -> new IllegalStateException(
					"Relationship " + this.id + " holds no delegated admin for service " + serviceId));
		grant.deactivate(now);
		countDelegatedAdmin();
		happened(serviceId, RelationshipAction.DELEGATED_ADMIN_MOVED, now, actor,
				moved(grant.namedService(), this.partner, newHolder, now, actor));
	}

	/**
	 * Takes over delegated admin for a service that the customer moves here from another
	 * CSP partner, which must have given it up first.
	 * @param service a service that delegated admin applies to
	 * @param previousHolder the CSP partner that gave it up
	 * @param now when
	 * @param actor the customer Global admin who moved it
	 * @throws IllegalArgumentException if delegated admin does not apply to the service
	 * @throws IllegalStateException if the relationship has ended or holds delegated
	 * admin for the service already
	 */
	public void takeOverDelegatedAdmin(CloudService service, Partner previousHolder, Instant now, Actor actor) {
		requireCanHold(service);
		if (holdsDelegatedAdmin(service.getId())) {
			throw new IllegalStateException(
					"Relationship " + this.id + " holds delegated admin for " + service.getCode() + " already");
		}
		activateGrant(service, now);
		happened(service.getId(), RelationshipAction.DELEGATED_ADMIN_MOVED, now, actor,
				moved(new NamedService(service.getId(), service.getName()), previousHolder, this.partner, now, actor));
	}

	private DelegatedAdminMoved moved(NamedService service, Partner from, Partner to, Instant now, Actor actor) {
		return new DelegatedAdminMoved(this.partner.getId(), this.partner.getName(), this.customer.getId(),
				this.customer.getCompanyName(), service, from.getId(), from.getName(), to.getId(), to.getName(), now,
				actor);
	}

	private void requireCanHold(CloudService service) {
		if (!service.isDelegatedAdminApplies()) {
			throw new IllegalArgumentException("Delegated admin does not apply to " + service.getCode());
		}
		if (!isActive()) {
			throw new IllegalStateException("Relationship " + this.id + " has ended");
		}
	}

	private RelationshipAction activateGrant(CloudService service, Instant now) {
		Optional<DelegatedAdminGrant> existing = grantFor(service.getId());
		if (existing.isPresent()) {
			existing.get().activate(this.partner.isCspMember(), now);
			countDelegatedAdmin();
			return RelationshipAction.DELEGATED_ADMIN_RESTORED;
		}
		this.grants.add(new DelegatedAdminGrant(this, service, this.customer.getId(), this.partner.isCspMember(), now));
		countDelegatedAdmin();
		return RelationshipAction.DELEGATED_ADMIN_GRANTED;
	}

	private void countDelegatedAdmin() {
		this.delegatedAdminServices = (int) this.grants.stream().filter(DelegatedAdminGrant::isActive).count();
	}

	/**
	 * @return on how many services the partner holds delegated admin now
	 */
	public int getDelegatedAdminServices() {
		return this.delegatedAdminServices;
	}

	/**
	 * Removes the partner's delegated admin for one service. The relationship itself
	 * stays.
	 * @param serviceId the service
	 * @param now when
	 * @param actor who
	 * @return whether the partner held delegated admin there until now
	 */
	public boolean removeDelegatedAdmin(Long serviceId, Instant now, Actor actor) {
		Optional<DelegatedAdminGrant> grant = grantFor(serviceId).filter(DelegatedAdminGrant::isActive);
		if (grant.isEmpty()) {
			return false;
		}
		grant.get().deactivate(now);
		countDelegatedAdmin();
		happened(serviceId, RelationshipAction.DELEGATED_ADMIN_REMOVED, now, actor,
				new DelegatedAdminRemoved(this.partner.getId(), this.partner.getName(), this.customer.getId(),
						this.customer.getCompanyName(), grant.get().namedService(), now, actor));
		return true;
	}

	/**
	 * @param serviceId a service
	 * @return whether the partner holds delegated admin for that service now
	 */
	public boolean holdsDelegatedAdmin(Long serviceId) {
		return grantFor(serviceId).map(DelegatedAdminGrant::isActive).orElse(false);
	}

	/**
	 * @param serviceId a service
	 * @return since when the partner holds delegated admin for that service, or
	 * {@link Optional#empty()} if it does not hold it now
	 */
	public Optional<Instant> delegatedAdminSince(Long serviceId) {
		return grantFor(serviceId).filter(DelegatedAdminGrant::isActive).map(DelegatedAdminGrant::getSince);
	}

	private Optional<DelegatedAdminGrant> grantFor(Long serviceId) {
		return this.grants.stream().filter((grant) -> grant.getServiceId().equals(serviceId)).findFirst();
	}

	/**
	 * Keeps a change in the relationship's own history and registers the event that tells
	 * the rest of the portal, so that both come from one change and neither without the
	 * other.
	 */
	private void happened(@Nullable Long serviceId, RelationshipAction action, Instant now, Actor actor, Object event) {
		record(serviceId, action, now, actor);
		registerEvent(event);
	}

	private void record(@Nullable Long serviceId, RelationshipAction action, Instant now, Actor actor) {
		this.history.add(new RelationshipHistoryEntry(this, serviceId, action, now, actor.userId()));
	}

	public boolean isActive() {
		return this.state == RelationshipState.ACTIVE;
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Relationship is not saved yet");
		}
		return this.id;
	}

	public Partner getPartner() {
		return this.partner;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public RelationshipType getRelationshipType() {
		return this.relationshipType;
	}

	public RelationshipState getState() {
		return this.state;
	}

	public Instant getSince() {
		return this.since;
	}

	public @Nullable Instant getEndedAt() {
		return this.endedAt;
	}

	public List<DelegatedAdminGrant> getGrants() {
		return List.copyOf(this.grants);
	}

	public List<RelationshipHistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

}
