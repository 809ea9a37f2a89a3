package com.partnerportal.customer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.account.UserAccount;

/**
 * A person working for a customer, in the {@link CustomerRole} its Global admin flag
 * stands for; the role says what it may do.
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
	public AccountRole role() {
		return AccountRole.customer(getCustomerRole());
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

	public CustomerRole getCustomerRole() {
		return CustomerRole.ofGlobalAdminFlag(this.globalAdmin);
	}

}
