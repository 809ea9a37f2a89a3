package com.partnerportal.subscription;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * An offer of one catalogue service that subscriptions are bought on, with the number of
 * seats it allows: the limits every seat change and every change of offer is checked
 * against. Reference data, read only.
 */
@Entity
public class Offer {

	@Id
	private @Nullable Long id;

	private Long serviceId;

	private String name;

	private int minSeats;

	private int maxSeats;

	private int sortOrder;

	protected Offer() {
	}

	Offer(Long id, Long serviceId, String name, int minSeats, int maxSeats) {
		this.id = id;
		this.serviceId = serviceId;
		this.name = name;
		this.minSeats = minSeats;
		this.maxSeats = maxSeats;
	}

	/**
	 * @param seats a number of seats
	 * @return whether a subscription on this offer may have that many
	 */
	public boolean allows(long seats) {
		return seats >= this.minSeats && seats <= this.maxSeats;
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Offer is not saved yet");
		}
		return this.id;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public String getName() {
		return this.name;
	}

	public int getMinSeats() {
		return this.minSeats;
	}

	public int getMaxSeats() {
		return this.maxSeats;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
