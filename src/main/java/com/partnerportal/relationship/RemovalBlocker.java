package com.partnerportal.relationship;

/**
 * A subscription that keeps a partner tied to a customer: the partner sold it and still
 * bills it.
 *
 * @param offerName the offer bought
 * @param serviceName the service it is for
 * @param seats the number of licences
 */
public record RemovalBlocker(String offerName, String serviceName, int seats) {
}
