package com.partnerportal.subscription;

/**
 * A partner proposed as a subscription's new partner of record or support contact, with
 * the facts the rules decide on.
 *
 * @param id the partner's id
 * @param name the partner's name
 * @param cspMember whether the partner is in the CSP programme, and so may resell
 * @param relatedToCustomer whether the partner has an active relationship with the
 * subscription's customer
 */
public record PartnerCandidate(Long id, String name, boolean cspMember, boolean relatedToCustomer) {

	/**
	 * @return whether the partner may become a subscription's partner of record
	 */
	public boolean mayResell() {
		return this.cspMember && this.relatedToCustomer;
	}

}
