package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.catalogue.CloudService;

/**
 * An invitation as the customer's pages present it: who asks, and for delegated admin on
 * which services.
 *
 * @param invitation the invitation
 * @param delegatedAdminServices the services delegated admin would cover, in catalogue
 * order; empty when the invitation does not ask for it
 */
public record LandingDetails(Invitation invitation, List<CloudService> delegatedAdminServices) {

	public LandingDetails {
		delegatedAdminServices = List.copyOf(delegatedAdminServices);
	}

	/**
	 * @return the names of the services delegated admin would cover, joined for a
	 * sentence
	 */
	public String serviceNames() {
		return String.join(", ", this.delegatedAdminServices.stream().map(CloudService::getName).toList());
	}

}
