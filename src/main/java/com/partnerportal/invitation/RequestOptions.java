package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.shared.Cloud;

/**
 * What the request page offers a partner.
 *
 * @param partnerName the partner's name
 * @param cloud the partner's cloud
 * @param delegatedAdminRequired whether the partner cannot leave delegated admin out (a
 * national cloud)
 * @param delegatedAdminServices the names of the services delegated admin applies to, in
 * catalogue order
 */
record RequestOptions(String partnerName, Cloud cloud, boolean delegatedAdminRequired,
		List<String> delegatedAdminServices) {

}
