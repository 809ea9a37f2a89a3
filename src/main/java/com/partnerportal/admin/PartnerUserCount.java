package com.partnerportal.admin;

/**
 * How many users one partner has.
 *
 * @param partnerId the partner
 * @param count the number of its users, enabled or not
 */
public record PartnerUserCount(Long partnerId, long count) {
}
