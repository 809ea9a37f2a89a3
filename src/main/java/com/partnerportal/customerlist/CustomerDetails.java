package com.partnerportal.customerlist;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Countries;
import com.partnerportal.subscription.SubscriptionStatus;

/**
 * What an expanded row of the customer list shows: the account, the partner's delegated
 * admin per service, the users and the subscriptions.
 *
 * @param id the customer's id
 * @param companyName the customer's name
 * @param domain the customer's domain
 * @param country the customer's country code
 * @param cloud the customer's cloud
 * @param customerSince when the relationship with the signed-in partner started
 * @param agreementAccepted whether the current customer agreement is accepted
 * @param agreementVersion the version last accepted, if any
 * @param agreementAcceptedAt when it was accepted, if ever
 * @param services every service of the catalogue with the partner's delegated admin
 * @param users the customer's first users, by name
 * @param moreUsers whether the customer has more users than shown
 * @param subscriptions the customer's first subscriptions, by service
 * @param moreSubscriptions whether the customer has more subscriptions than shown
 */
public record CustomerDetails(Long id, String companyName, String domain, String country, Cloud cloud,
		Instant customerSince, boolean agreementAccepted, @Nullable String agreementVersion,
		@Nullable Instant agreementAcceptedAt, List<ServiceAccess> services, List<User> users, boolean moreUsers,
		List<SubscriptionLine> subscriptions, boolean moreSubscriptions) {

	public String countryName(Locale locale) {
		return Countries.displayName(this.country, locale);
	}

	/**
	 * @return the most users or subscriptions listed
	 */
	public int listLimit() {
		return CustomerListQueries.DETAIL_LIMIT;
	}

	/**
	 * One service of the catalogue and the signed-in partner's delegated admin there.
	 *
	 * @param serviceName the service
	 * @param state what the partner holds
	 * @param since when it was granted (held) or removed (removed)
	 */
	record ServiceAccess(String serviceName, DelegatedAdminState state, @Nullable Instant since) {
	}

	/**
	 * One of the customer's users.
	 *
	 * @param displayName the person's name
	 * @param email the person's e-mail address
	 * @param globalAdmin whether the person is a Global admin of the customer
	 */
	record User(String displayName, String email, boolean globalAdmin) {
	}

	/**
	 * One of the customer's subscriptions.
	 *
	 * @param offerName the offer bought
	 * @param serviceName the service it is for
	 * @param seats the number of licences
	 * @param status where it stands
	 * @param partnerOfRecord who sold it, as the signed-in partner sees it
	 * @param partnerName the name of the partner that sold it, if a partner did
	 */
	record SubscriptionLine(String offerName, String serviceName, int seats, SubscriptionStatus status,
			PartnerOfRecord partnerOfRecord, @Nullable String partnerName) {
	}

}
