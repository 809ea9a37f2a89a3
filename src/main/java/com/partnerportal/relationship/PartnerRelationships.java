package com.partnerportal.relationship;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.CustomerUserRepository;
import com.partnerportal.relationship.PartnerRelationshipsView.DelegatedAdminStatus;
import com.partnerportal.relationship.PartnerRelationshipsView.PartnerSummary;
import com.partnerportal.relationship.PartnerRelationshipsView.ServiceRow;
import com.partnerportal.relationship.PartnerRelationshipsView.ServiceSection;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

/**
 * Reads a customer's partner relationships for its Partner relationships page.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRelationships {

	static final Comparator<ResellerRelationship> BY_PARTNER_NAME = Comparator
		.comparing((ResellerRelationship relationship) -> relationship.getPartner().getName(),
				String.CASE_INSENSITIVE_ORDER)
		.thenComparing((relationship) -> relationship.getPartner().getId());

	private final ResellerRelationshipRepository relationships;

	private final Catalogue catalogue;

	private final CustomerUserRepository customerUsers;

	PartnerRelationships(ResellerRelationshipRepository relationships, Catalogue catalogue,
			CustomerUserRepository customerUsers) {
		this.relationships = relationships;
		this.catalogue = catalogue;
		this.customerUsers = customerUsers;
	}

	/**
	 * One query whatever the numbers of partners and services: the active relationships
	 * with their partners and grants fetched together (the catalogue is held in memory).
	 * @param customerId the signed-in user's customer
	 * @return every partner in an active relationship with the customer, per service
	 */
	public PartnerRelationshipsView overview(Long customerId) {
		List<CloudService> services = this.catalogue.findAllByOrderBySortOrder();
		List<ResellerRelationship> active = this.relationships
			.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE)
			.stream()
			.sorted(BY_PARTNER_NAME)
			.toList();
		List<PartnerSummary> partners = active.stream().map((relationship) -> summary(relationship, services)).toList();
		List<ServiceSection> sections = services.stream()
			.map((service) -> new ServiceSection(service.getId(), service.getName(), service.isDelegatedAdminApplies(),
					active.stream().map((relationship) -> row(relationship, service)).toList()))
			.toList();
		return new PartnerRelationshipsView(partners, sections);
	}

	/**
	 * @param customerId a customer
	 * @return the names of the customer's enabled users who may remove delegated admin
	 * (its Global admins), by name, for telling other users whom to ask
	 */
	public List<String> globalAdminNames(Long customerId) {
		return this.customerUsers.findByCustomerIdOrderByDisplayName(customerId)
			.stream()
			.filter((user) -> user.getCustomerRole().removesDelegatedAdmin() && user.isEnabled())
			.map(CustomerUser::getDisplayName)
			.toList();
	}

	private static PartnerSummary summary(ResellerRelationship relationship, List<CloudService> services) {
		int held = (int) services.stream()
			.filter((service) -> service.isDelegatedAdminApplies() && relationship.holdsDelegatedAdmin(service.getId()))
			.count();
		return new PartnerSummary(relationship.getPartner().getId(), relationship.getPartner().getName(),
				relationship.getPartner().getCountry(), relationship.getRelationshipType(), relationship.getSince(),
				held);
	}

	private static ServiceRow row(ResellerRelationship relationship, CloudService service) {
		DelegatedAdminStatus status;
		if (!service.isDelegatedAdminApplies()) {
			status = DelegatedAdminStatus.NOT_APPLICABLE;
		}
		else if (relationship.holdsDelegatedAdmin(service.getId())) {
			status = DelegatedAdminStatus.HELD;
		}
		else {
			status = DelegatedAdminStatus.NOT_HELD;
		}
		return new ServiceRow(relationship.getPartner().getId(), relationship.getPartner().getName(),
				relationship.getPartner().getCountry(), relationship.getRelationshipType(), relationship.getSince(),
				status, relationship.delegatedAdminSince(service.getId()).orElse(null));
	}

}
