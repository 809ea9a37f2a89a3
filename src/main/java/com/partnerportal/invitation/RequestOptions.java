package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

/**
 * What the request page offers a partner.
 *
 * @param partnerName the partner's name
 * @param cloud the partner's cloud
 * @param delegatedAdminRequired whether the partner cannot leave delegated admin out (a
 * national cloud)
 * @param delegatedAdminServices the names of the services delegated admin applies to, in
 * catalogue order
 * @param region the partner's region
 * @param acceptingCountries the names of the countries whose organisations can accept the
 * partner's invitation (its own country and its region's), joined for a sentence
 */
record RequestOptions(String partnerName, Cloud cloud, boolean delegatedAdminRequired,
		List<String> delegatedAdminServices, Region region, String acceptingCountries) {

}
