package com.partnerportal.generator;

import java.util.List;

/**
 * What a benchmark needs to know about a generated data set: whom to sign in as and what
 * to ask for.
 *
 * @param password every account's password
 * @param partnerEmail the main partner's Global admin
 * @param manyPartnersEmail the Global admin of the customer with a relationship with
 * every partner
 * @param adminEmail the platform admin
 * @param mainPartnerId the partner with the many customers
 * @param partnerIds every generated partner, the main one first
 * @param partnerAdminIds each partner's Global admin, in the same order
 * @param sampleCustomerId a customer of the main partner from the middle of the list
 * @param sampleServiceId a service with relationships for the per-service view
 * @param searchWord a word many customer names start with
 * @param acceptances invitations waiting to be accepted, customers varying fastest
 */
public record GeneratedData(String password, String partnerEmail, String manyPartnersEmail, String adminEmail,
		long mainPartnerId, List<Long> partnerIds, List<Long> partnerAdminIds, long sampleCustomerId,
		long sampleServiceId, String searchWord, List<Acceptance> acceptances) {

	GeneratedData withAcceptances(List<Acceptance> acceptances) {
		return new GeneratedData(this.password, this.partnerEmail, this.manyPartnersEmail, this.adminEmail,
				this.mainPartnerId, this.partnerIds, this.partnerAdminIds, this.sampleCustomerId, this.sampleServiceId,
				this.searchWord, acceptances);
	}

	/**
	 * @param email the customer Global admin who may accept
	 * @param token the invitation's token
	 */
	public record Acceptance(String email, String token) {
	}

}
