package com.partnerportal.partner;

import java.time.Instant;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.account.UserAccount;

/**
 * A person working for a partner, with exactly one {@link PartnerRole}.
 */
@Entity
@DiscriminatorValue("PARTNER")
public class PartnerUser extends UserAccount {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partner_id")
	private Partner partner;

	@Enumerated(EnumType.STRING)
	private PartnerRole partnerRole;

	protected PartnerUser() {
	}

	public PartnerUser(Partner partner, PartnerRole role, String email, String passwordHash, String displayName,
			Instant createdAt) {
		super(email, passwordHash, displayName, createdAt);
		this.partner = partner;
		this.partnerRole = role;
	}

	@Override
	public AccountRole role() {
		return AccountRole.partner(this.partnerRole);
	}

	@Override
	public Long organisationId() {
		return this.partner.getId();
	}

	@Override
	public String organisationName() {
		return this.partner.getName();
	}

	public Partner getPartner() {
		return this.partner;
	}

	public PartnerRole getPartnerRole() {
		return this.partnerRole;
	}

	void changeRole(PartnerRole role) {
		this.partnerRole = role;
	}

	void deactivate() {
		disable();
	}

}
