package com.partnerportal.account;

import java.time.Instant;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * An operator of the portal: creates partner organisations and sees relationships across
 * all customers.
 */
@Entity
@DiscriminatorValue("PLATFORM_ADMIN")
public class PlatformAdmin extends UserAccount {

	/** The organisation platform admins are shown and logged as working for. */
	public static final String ORGANISATION_NAME = "Partner Portal";

	protected PlatformAdmin() {
	}

	public PlatformAdmin(String email, String passwordHash, String displayName, Instant createdAt) {
		super(email, passwordHash, displayName, createdAt);
	}

	@Override
	public AccountRole role() {
		return AccountRole.platformAdmin();
	}

	@Override
	public @Nullable Long organisationId() {
		return null;
	}

	@Override
	public String organisationName() {
		return ORGANISATION_NAME;
	}

}
