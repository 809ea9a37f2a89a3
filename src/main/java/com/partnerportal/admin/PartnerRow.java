package com.partnerportal.admin;

import com.partnerportal.partner.Partner;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

/**
 * One partner organisation on the admin partners list.
 *
 * @param id the partner
 * @param name its name
 * @param country its ISO country code
 * @param region the region it serves
 * @param cloud the cloud it operates in
 * @param cspMember whether it is a CSP programme member
 * @param users how many users it has, enabled or not
 */
record PartnerRow(Long id, String name, String country, Region region, Cloud cloud, boolean cspMember, long users) {

	static PartnerRow of(Partner partner, long users) {
		return new PartnerRow(partner.getId(), partner.getName(), partner.getCountry(), partner.getRegion(),
				partner.getCloud(), partner.isCspMember(), users);
	}

}
