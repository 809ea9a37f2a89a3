package com.partnerportal.notification;

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
 * One thing one person is told: the facts of an event, the page it concerns, and whether
 * the person has read it.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String eventKey;

	private Long recipientId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private @Nullable String variant;

	private @Nullable String partnerName;

	private @Nullable String customerName;

	private @Nullable String subject;

	private @Nullable String oldValue;

	private @Nullable String newValue;

	private @Nullable String actorName;

	private @Nullable String link;

	private Instant occurredAt;

	private Instant createdAt;

	private @Nullable Instant readAt;

	protected Notification() {
	}

	Notification(String eventKey, Long recipientId, NotificationFacts facts, @Nullable String link, Instant createdAt) {
		this.eventKey = eventKey;
		this.recipientId = recipientId;
		this.kind = facts.kind();
		this.variant = facts.variant();
		this.partnerName = facts.partnerName();
		this.customerName = facts.customerName();
		this.subject = facts.subject();
		this.oldValue = facts.oldValue();
		this.newValue = facts.newValue();
		this.actorName = facts.actorName();
		this.link = link;
		this.occurredAt = facts.occurredAt();
		this.createdAt = createdAt;
	}

	Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Notification is not saved yet");
		}
		return this.id;
	}

	Long getRecipientId() {
		return this.recipientId;
	}

	NotificationKind getKind() {
		return this.kind;
	}

	NotificationFacts facts() {
		return new NotificationFacts(this.kind, this.variant, this.partnerName, this.customerName, this.subject,
				this.oldValue, this.newValue, this.actorName, this.occurredAt);
	}

	@Nullable String getLink() {
		return this.link;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	boolean isRead() {
		return this.readAt != null;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

}
