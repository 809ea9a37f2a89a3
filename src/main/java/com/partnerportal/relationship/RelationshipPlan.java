package com.partnerportal.relationship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.partnerportal.catalogue.CloudService;
import com.partnerportal.partner.Territory;
import com.partnerportal.shared.Cloud;

/**
 * What accepting a partner's request would change for a customer, worked out before
 * anything is changed: the accept page shows it, and acceptance carries it out.
 *
 * @param step what happens to the relationship itself
 * @param grants services for which delegated admin would be granted for the first time
 * @param restores services for which removed delegated admin would be restored
 * @param conflicts services among the grants and restores for which another CSP partner
 * holds delegated admin: the customer chooses per service whether to keep that partner or
 * move delegated admin
 * @param partnerCloud the partner's cloud
 * @param customerCloud the customer's cloud; a different one stops the acceptance
 * @param territory where the partner may serve customers
 * @param customerCountry the customer's country; one outside the territory stops the
 * acceptance
 */
public record RelationshipPlan(Step step, List<CloudService> grants, List<CloudService> restores,
		List<DelegatedAdminConflict> conflicts, Cloud partnerCloud, Cloud customerCloud, Territory territory,
		String customerCountry) {

	public RelationshipPlan {
		grants = List.copyOf(grants);
		restores = List.copyOf(restores);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * @return whether accepting would leave the relationship and its delegated admin as
	 * they are, whatever the customer chooses for conflicts
	 */
	public boolean changesNothing() {
		return this.step == Step.NONE && this.grants.isEmpty() && this.restores.isEmpty();
	}

	/**
	 * @param servicesToMove the services whose delegated admin the customer moves to this
	 * partner; every other conflict keeps its current partner
	 * @return whether accepting with these choices would leave everything as it is
	 */
	public boolean changesNothing(Set<Long> servicesToMove) {
		return this.step == Step.NONE && servicesTaken(servicesToMove).isEmpty();
	}

	/**
	 * @param servicesToMove the services whose delegated admin the customer moves to this
	 * partner
	 * @return the services for which the partner would hold delegated admin after
	 * accepting and does not now: every grant and restore except conflicts kept by their
	 * current partner, in catalogue order
	 */
	public List<CloudService> servicesTaken(Set<Long> servicesToMove) {
		List<CloudService> taken = new ArrayList<>(this.grants);
		taken.addAll(this.restores);
		taken.removeIf((service) -> isConflicted(service.getId()) && !servicesToMove.contains(service.getId()));
		taken.sort(Comparator.comparingInt(CloudService::getSortOrder));
		return taken;
	}

	/**
	 * @param serviceId a service
	 * @return whether another CSP partner holds delegated admin for it
	 */
	public boolean isConflicted(Long serviceId) {
		return this.conflicts.stream().anyMatch((conflict) -> conflict.service().getId().equals(serviceId));
	}

	/**
	 * Names the conflicts as the customer saw them, so that an acceptance can tell when
	 * they changed between showing the page and accepting.
	 * @return the service and holder of each conflict, as {@code serviceId:partnerId}
	 * joined by commas; empty when there is none
	 */
	public String conflictsKey() {
		return this.conflicts.stream()
			.map((conflict) -> conflict.service().getId() + ":" + conflict.holderPartnerId())
			.sorted()
			.collect(Collectors.joining(","));
	}

	/**
	 * @return whether the partner and customer are in different clouds
	 */
	public boolean differentCloud() {
		return this.partnerCloud != this.customerCloud;
	}

	/**
	 * @return whether the customer's country is outside the partner's territory
	 */
	public boolean outsideTerritory() {
		return !this.territory.serves(this.customerCountry);
	}

	/**
	 * @return whether the acceptance can go ahead; conflicts do not stop it, as the
	 * customer chooses what happens to them
	 */
	public boolean possible() {
		return !differentCloud() && !outsideTerritory();
	}

	/**
	 * @throws DifferentCloudException if the partner and customer are in different clouds
	 * @throws OutsideTerritoryException if the customer is outside the partner's
	 * territory
	 */
	public void requirePossible() {
		if (differentCloud()) {
			throw new DifferentCloudException(this.partnerCloud, this.customerCloud);
		}
		if (outsideTerritory()) {
			throw new OutsideTerritoryException(this.territory, this.customerCountry);
		}
	}

	/**
	 * What happens to the relationship itself.
	 */
	public enum Step {

		/** There is none yet: it is established. */
		ESTABLISH,

		/** It ended: it is put back in force. */
		REESTABLISH,

		/** It is in force already. */
		NONE

	}

}
