package com.partnerportal.subscription;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * An add-on sold on top of one service's subscriptions, licensed per seat of the
 * subscription it is ordered for. Reference data, read only.
 */
@Entity
public class AddonOffer {

	@Id
	private @Nullable Long id;

	private Long serviceId;

	private String name;

	private int sortOrder;

	protected AddonOffer() {
	}

	AddonOffer(Long id, Long serviceId, String name) {
		this.id = id;
		this.serviceId = serviceId;
		this.name = name;
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Add-on is not saved yet");
		}
		return this.id;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public String getName() {
		return this.name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
