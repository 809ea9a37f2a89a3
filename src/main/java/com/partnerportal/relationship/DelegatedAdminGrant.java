package com.partnerportal.relationship;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.partnerportal.catalogue.CloudService;

/**
 * Delegated admin that a customer gave one partner for one service. Removing it keeps the
 * row so that it can be restored and its history stays attached; only
 * {@link ResellerRelationship} changes it.
 */
@Entity
public class DelegatedAdminGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "relationship_id")
	private ResellerRelationship relationship;

	@Column(name = "service_id")
	private Long serviceId;

	/**
	 * The same service as {@link #serviceId}, read only, for its name when a change to
	 * this grant is published.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "service_id", insertable = false, updatable = false)
	private CloudService service;

	private Long customerId;

	private boolean active;

	private Instant since;

	/**
	 * Set to the customer's id while a CSP partner holds this grant: the database's
	 * unique key on it and the service is what keeps a second CSP partner from holding
	 * delegated admin for the same service.
	 */
	private @Nullable Long cspHolderCustomerId;

	@Version
	private long version;

	protected DelegatedAdminGrant() {
	}

	DelegatedAdminGrant(ResellerRelationship relationship, CloudService service, Long customerId, boolean cspPartner,
			Instant since) {
		this.relationship = relationship;
		this.serviceId = service.getId();
		this.service = service;
		this.customerId = customerId;
		hold(cspPartner, since);
	}

	void activate(boolean cspPartner, Instant now) {
		hold(cspPartner, now);
	}

	/**
	 * Activating, shared with the constructor: the nullness check counts a field as set
	 * by the constructor only through a private method.
	 */
	private void hold(boolean cspPartner, Instant now) {
		this.active = true;
		this.since = now;
		this.cspHolderCustomerId = cspPartner ? this.customerId : null;
	}

	void deactivate(Instant now) {
		this.active = false;
		this.since = now;
		this.cspHolderCustomerId = null;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	/**
	 * @return the service, by its id and its name now
	 */
	NamedService namedService() {
		return new NamedService(this.serviceId, this.service.getName());
	}

	int serviceSortOrder() {
		return this.service.getSortOrder();
	}

	public boolean isActive() {
		return this.active;
	}

	/**
	 * @return the customer's id while a CSP partner holds this grant, otherwise
	 * {@code null}
	 */
	@Nullable Long getCspHolderCustomerId() {
		return this.cspHolderCustomerId;
	}

	/**
	 * @return when delegated admin was last granted or restored, or when it was removed
	 */
	public Instant getSince() {
		return this.since;
	}

}
