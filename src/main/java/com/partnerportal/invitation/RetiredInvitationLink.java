package com.partnerportal.invitation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

import com.partnerportal.partner.Partner;

/**
 * The key and secret of an invitation link that was replaced. Kept so that a customer who
 * opens the old link can be told that it is no longer valid, which only a token whose MAC
 * verifies under the old secret earns: a tampered or guessed token stays a plain "not
 * found".
 */
@Entity
public class RetiredInvitationLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partner_id")
	private Partner partner;

	private String linkKey;

	private String secret;

	private Instant retiredAt;

	protected RetiredInvitationLink() {
	}

	RetiredInvitationLink(Partner partner, String linkKey, String secret, Instant retiredAt) {
		this.partner = partner;
		this.linkKey = linkKey;
		this.secret = secret;
		this.retiredAt = retiredAt;
	}

	/**
	 * @param token a token from a URL, possibly tampered with
	 * @return whether this retired link issued it, either variant
	 */
	boolean issued(String token) {
		return InvitationLink.verify(this.linkKey, this.secret, token).isPresent();
	}

}
