package com.partnerportal.relationship;

import com.partnerportal.catalogue.CloudService;

/**
 * A service for which another CSP partner already holds the customer's delegated admin,
 * which only one CSP partner may hold at a time. The customer chooses whether to keep
 * that partner or move delegated admin to the new one.
 *
 * @param service the service
 * @param holderPartnerId the id of the partner that holds it now
 * @param holderName the name of the partner that holds it now
 */
public record DelegatedAdminConflict(CloudService service, Long holderPartnerId, String holderName) {

}
