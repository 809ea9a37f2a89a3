package com.partnerportal.invitation;

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
 * One answer a customer gave to a partner's invitation, kept as the bookkeeping of each
 * link's acceptances and declines. Rows are only ever added.
 */
@Entity
@Table(name = "invitation_response")
public class InvitationResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Long partnerId;

	private Long customerId;

	private boolean delegatedAdmin;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Instant respondedAt;

	private Long respondedBy;

	protected InvitationResponse() {
	}

	InvitationResponse(Invitation invitation, Long customerId, Outcome outcome, Instant respondedAt, Long respondedBy) {
		this.partnerId = invitation.partner().getId();
		this.delegatedAdmin = invitation.delegatedAdmin();
		this.customerId = customerId;
		this.outcome = outcome;
		this.respondedAt = respondedAt;
		this.respondedBy = respondedBy;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public boolean isDelegatedAdmin() {
		return this.delegatedAdmin;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public Instant getRespondedAt() {
		return this.respondedAt;
	}

	public Long getRespondedBy() {
		return this.respondedBy;
	}

	/**
	 * How the customer answered.
	 */
	public enum Outcome {

		ACCEPTED, DECLINED

	}

}
