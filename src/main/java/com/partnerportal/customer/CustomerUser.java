package com.partnerportal.customer;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.partnerportal.account.UserAccount;

/**
 * A person working for a customer. Only a Global admin may accept invitations, accept the
 * customer agreement and remove a partner's delegated admin.
 */
@Entity
@DiscriminatorValue("CUSTOMER")
public class CustomerUser extends UserAccount {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(name = "customer_global_admin")
	private boolean globalAdmin;

	protected CustomerUser() {
	}

	public CustomerUser(Customer customer, boolean globalAdmin, String email, String passwordHash, String displayName,
			Instant createdAt) {
		super(email, passwordHash, displayName, createdAt);
		this.customer = customer;
		this.globalAdmin = globalAdmin;
	}

	@Override
	public Set<String> roles() {
		return this.globalAdmin ? Set.of("CUSTOMER", "CUSTOMER_GLOBAL_ADMIN") : Set.of("CUSTOMER");
	}

	@Override
	public Long organisationId() {
		return this.customer.getId();
	}

	@Override
	public String organisationName() {
		return this.customer.getCompanyName();
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public boolean isGlobalAdmin() {
		return this.globalAdmin;
	}

}
