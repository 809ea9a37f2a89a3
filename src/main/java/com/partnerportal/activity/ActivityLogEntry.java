package com.partnerportal.activity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change. Names are copied in, not referenced, so that an entry still reads
 * right after the people and organisations it names have been renamed.
 */
@Entity
@Table(name = "activity_log")
public class ActivityLogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Instant occurredAt;

	private @Nullable Long actorId;

	private @Nullable String actorName;

	private @Nullable String actorOrganisation;

	private @Nullable Long partnerId;

	private @Nullable String partnerName;

	private @Nullable Long customerId;

	private @Nullable String customerName;

	@Enumerated(EnumType.STRING)
	private ActivityAction action;

	private @Nullable String oldValue;

	private @Nullable String newValue;

	protected ActivityLogEntry() {
	}

	ActivityLogEntry(Instant occurredAt, ActivityRecord record) {
		this.occurredAt = occurredAt;
		this.actorId = record.actor().userId();
		this.actorName = record.actor().name();
		this.actorOrganisation = record.actor().organisation();
		this.partnerId = record.partnerId();
		this.partnerName = record.partnerName();
		this.customerId = record.customerId();
		this.customerName = record.customerName();
		this.action = record.action();
		this.oldValue = record.oldValue();
		this.newValue = record.newValue();
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public @Nullable Long getActorId() {
		return this.actorId;
	}

	public @Nullable String getActorName() {
		return this.actorName;
	}

	public @Nullable String getActorOrganisation() {
		return this.actorOrganisation;
	}

	public @Nullable Long getPartnerId() {
		return this.partnerId;
	}

	public @Nullable String getPartnerName() {
		return this.partnerName;
	}

	public @Nullable Long getCustomerId() {
		return this.customerId;
	}

	public @Nullable String getCustomerName() {
		return this.customerName;
	}

	public ActivityAction getAction() {
		return this.action;
	}

	public @Nullable String getOldValue() {
		return this.oldValue;
	}

	public @Nullable String getNewValue() {
		return this.newValue;
	}

}
