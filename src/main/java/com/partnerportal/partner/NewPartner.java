package com.partnerportal.partner;

import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

/**
 * The details of a partner organisation to create.
 *
 * @param name the partner's name, unique ignoring case
 * @param country the ISO 3166 two-letter code of the partner's country
 * @param region the region or market the partner serves
 * @param cloud the cloud the partner operates in
 * @param cspMember whether the partner is a member of the CSP programme
 */
public record NewPartner(String name, String country, Region region, Cloud cloud, boolean cspMember) {
}
