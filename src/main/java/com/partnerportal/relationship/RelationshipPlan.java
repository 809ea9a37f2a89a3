package com.partnerportal.relationship;

import java.util.List;

import com.partnerportal.catalogue.CloudService;
import com.partnerportal.shared.Cloud;

/**
 * What accepting a partner's request would change for a customer, worked out before
 * anything is changed: the accept page shows it, and acceptance carries it out.
 *
 * @param step what happens to the relationship itself
 * @param grants services for which delegated admin would be granted for the first time
 * @param restores services for which removed delegated admin would be restored
 * @param conflicts services for which another CSP partner holds delegated admin, which
 * stop the acceptance
 * @param partnerCloud the partner's cloud
 * @param customerCloud the customer's cloud; a different one stops the acceptance
 */
public record RelationshipPlan(Step step, List<CloudService> grants, List<CloudService> restores,
		List<DelegatedAdminConflict> conflicts, Cloud partnerCloud, Cloud customerCloud) {

	public RelationshipPlan {
		grants = List.copyOf(grants);
		restores = List.copyOf(restores);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * @return whether accepting would leave the relationship and its delegated admin as
	 * they are
	 */
	public boolean changesNothing() {
		return this.step == Step.NONE && this.grants.isEmpty() && this.restores.isEmpty();
	}

	/**
	 * @return whether the partner and customer are in different clouds
	 */
	public boolean differentCloud() {
		return this.partnerCloud != this.customerCloud;
	}

	/**
	 * @return whether the acceptance can go ahead
	 */
	public boolean possible() {
		return !differentCloud() && this.conflicts.isEmpty();
	}

	/**
	 * @throws DifferentCloudException if the partner and customer are in different clouds
	 * @throws DelegatedAdminHeldElsewhereException if another CSP partner holds delegated
	 * admin for a service asked for
	 */
	public void requirePossible() {
		if (differentCloud()) {
			throw new DifferentCloudException(this.partnerCloud, this.customerCloud);
		}
		if (!this.conflicts.isEmpty()) {
			throw new DelegatedAdminHeldElsewhereException(this.conflicts);
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
