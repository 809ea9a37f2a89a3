package com.partnerportal.relationship;

import org.jspecify.annotations.Nullable;

/**
 * Which delegated admin a customer's Global admin asks to remove: one partner's or every
 * partner's, for one service or for every service.
 *
 * @param partnerId the partner, or {@code null} for every partner
 * @param serviceId the service, or {@code null} for every service delegated admin applies
 * to
 */
public record DelegatedAdminScope(@Nullable Long partnerId, @Nullable Long serviceId) {

	/**
	 * @param partnerId a partner
	 * @param serviceId a service
	 * @return that partner's delegated admin for that service
	 */
	public static DelegatedAdminScope of(Long partnerId, Long serviceId) {
		return new DelegatedAdminScope(partnerId, serviceId);
	}

	/**
	 * @param partnerId a partner
	 * @return that partner's delegated admin for every service
	 */
	public static DelegatedAdminScope partner(Long partnerId) {
		return new DelegatedAdminScope(partnerId, null);
	}

	/**
	 * @param serviceId a service
	 * @return every partner's delegated admin for that service
	 */
	public static DelegatedAdminScope service(Long serviceId) {
		return new DelegatedAdminScope(null, serviceId);
	}

	/**
	 * @return every partner's delegated admin for every service
	 */
	public static DelegatedAdminScope everything() {
		return new DelegatedAdminScope(null, null);
	}

	public boolean allPartners() {
		return this.partnerId == null;
	}

	public boolean allServices() {
		return this.serviceId == null;
	}

	/**
	 * @return how far the scope reaches, which decides how the portal words it
	 */
	public RemovalPlan.Reach reach() {
		if (allPartners()) {
			return allServices() ? RemovalPlan.Reach.EVERYTHING : RemovalPlan.Reach.SERVICE;
		}
		return allServices() ? RemovalPlan.Reach.PARTNER : RemovalPlan.Reach.PARTNER_SERVICE;
	}

}
