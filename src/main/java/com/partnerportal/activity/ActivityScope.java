package com.partnerportal.activity;

import org.jspecify.annotations.Nullable;

/**
 * Whose entries an activity page or export covers. The page builds it from the signed-in
 * user alone, never from the request, and it alone decides which organisation's rows the
 * queries may return: a partner's own entries, a customer's own, or all of them for a
 * platform admin.
 *
 * @param audience who is reading
 * @param organisationId the partner's or customer's id; {@code null} for the platform
 */
public record ActivityScope(Audience audience, @Nullable Long organisationId) {

	public ActivityScope {
		if ((audience == Audience.PLATFORM) != (organisationId == null)) {
			throw new IllegalArgumentException("A partner's or customer's scope needs its id, the platform's none");
		}
	}

	/**
	 * @param partnerId a partner
	 * @return the entries about that partner
	 */
	public static ActivityScope partner(Long partnerId) {
		return new ActivityScope(Audience.PARTNER, partnerId);
	}

	/**
	 * @param customerId a customer
	 * @return the entries about that customer
	 */
	public static ActivityScope customer(Long customerId) {
		return new ActivityScope(Audience.CUSTOMER, customerId);
	}

	/**
	 * @return every entry, as a platform admin reads them
	 */
	public static ActivityScope platform() {
		return new ActivityScope(Audience.PLATFORM, null);
	}

	/**
	 * @return whether a filter on the customer's name means anything: a customer's
	 * entries are all about itself
	 */
	public boolean filtersByCustomer() {
		return this.audience != Audience.CUSTOMER;
	}

	/**
	 * @return whether a filter on the partner's name means anything: a partner's entries
	 * are all about itself
	 */
	public boolean filtersByPartner() {
		return this.audience != Audience.PARTNER;
	}

	/**
	 * Who reads the log, and where its page lives.
	 */
	public enum Audience {

		PARTNER("partner"), CUSTOMER("customer"), PLATFORM("admin");

		/** The URL area of each audience, as the page's mapping matches it. */
		public static final String AREAS = "partner|customer|admin";

		private final String area;

		Audience(String area) {
			this.area = area;
		}

		/**
		 * @param area the first segment of the page's URL, one of {@link #AREAS}
		 * @return the audience whose page lives there
		 */
		public static Audience inArea(String area) {
			for (Audience audience : values()) {
				if (audience.area.equals(area)) {
					return audience;
				}
			}
			throw new IllegalArgumentException("No activity page in " + area);
		}

		public String path() {
			return "/" + this.area + "/activity";
		}

	}

}
