package com.partnerportal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

/**
 * Relates the demo data's partners and customers beyond what the demo data relates, as
 * tests of the relationship and subscription rules need, straight through the aggregate
 * and its repository. A component of the test tree, like {@link DemoAccounts}.
 */
@Component
public final class DemoRelationships {

	/**
	 * Who the fixtures act as: nobody signed in, as the system itself would.
	 */
	public static final Actor SET_UP = new Actor(null, "Test set-up", "Partner Portal");

	private final DemoAccounts demo;

	private final PartnerRepository partners;

	private final CustomerRepository customers;

	private final Catalogue catalogue;

	private final ResellerRelationshipRepository relationships;

	DemoRelationships(DemoAccounts demo, PartnerRepository partners, CustomerRepository customers, Catalogue catalogue,
			ResellerRelationshipRepository relationships) {
		this.demo = demo;
		this.partners = partners;
		this.customers = customers;
		this.catalogue = catalogue;
		this.relationships = relationships;
	}

	/**
	 * @param partnerName the demo partner's name
	 * @param customerId the customer's id
	 * @param at when the relationship starts
	 * @return the new relationship, saved, active and without delegated admin
	 */
	public ResellerRelationship relate(String partnerName, Long customerId, Instant at) {
		return this.relationships
			.save(ResellerRelationship.establish(this.partners.findById(this.demo.partnerId(partnerName)).orElseThrow(),
					this.customers.findById(customerId).orElseThrow(), at, SET_UP));
	}

	/**
	 * Relates the partner and the customer unless they already are, for tests that share
	 * a context and so a database.
	 * @param partnerName the demo partner's name
	 * @param customerId the customer's id
	 */
	public void relateOnce(String partnerName, Long customerId) {
		if (this.relationships.findByPartnerIdAndCustomerId(this.demo.partnerId(partnerName), customerId).isEmpty()) {
			relate(partnerName, customerId, Instant.now());
		}
	}

	/**
	 * Grants delegated admin for a service of the catalogue; the change is written at the
	 * next flush.
	 * @param relationship a relationship
	 * @param serviceCode the service's code, such as {@code AZURE_AD}
	 * @param at when
	 */
	public void grant(ResellerRelationship relationship, String serviceCode, Instant at) {
		relationship.grantDelegatedAdmin(this.catalogue.findById(this.demo.serviceId(serviceCode)).orElseThrow(), at,
				SET_UP);
	}

}
