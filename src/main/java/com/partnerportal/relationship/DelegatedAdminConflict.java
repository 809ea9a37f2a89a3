package com.partnerportal.relationship;

import com.partnerportal.catalogue.CloudService;

/**
 * A service for which another CSP partner already holds the customer's delegated admin,
 * which only one CSP partner may hold at a time.
 *
 * @param service the service
 * @param holderName the name of the partner that holds it now
 */
public record DelegatedAdminConflict(CloudService service, String holderName) {

}
