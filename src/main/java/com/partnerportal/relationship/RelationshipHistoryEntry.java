package com.partnerportal.relationship;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One line of a relationship's history: what happened, to which service if any, when and
 * by whom.
 */
@Entity
@Table(name = "relationship_history")
public class RelationshipHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "relationship_id")
	private ResellerRelationship relationship;

	private @Nullable Long serviceId;

	@Enumerated(EnumType.STRING)
	private RelationshipAction action;

	private Instant occurredAt;

	private @Nullable Long actorId;

	protected RelationshipHistoryEntry() {
	}

	RelationshipHistoryEntry(ResellerRelationship relationship, @Nullable Long serviceId, RelationshipAction action,
			Instant occurredAt, @Nullable Long actorId) {
		this.relationship = relationship;
		this.serviceId = serviceId;
		this.action = action;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
	}

	public @Nullable Long getServiceId() {
		return this.serviceId;
	}

	public RelationshipAction getAction() {
		return this.action;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public @Nullable Long getActorId() {
		return this.actorId;
	}

}
