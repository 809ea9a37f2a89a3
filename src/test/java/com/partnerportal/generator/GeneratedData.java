package com.partnerportal.generator;

import java.util.List;

import org.jspecify.annotations.Nullable;

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
 * @param deepPage the deep page of the main partner's Customers page the benchmark asks
 * for, with the cursor its own links carry
 * @param acceptances invitations waiting to be accepted, customers varying fastest
 */
public record GeneratedData(String password, String partnerEmail, String manyPartnersEmail, String adminEmail,
		long mainPartnerId, List<Long> partnerIds, List<Long> partnerAdminIds, long sampleCustomerId,
		long sampleServiceId, String searchWord, DeepPage deepPage, List<Acceptance> acceptances) {

	GeneratedData withAcceptances(List<Acceptance> acceptances) {
		return new GeneratedData(this.password, this.partnerEmail, this.manyPartnersEmail, this.adminEmail,
				this.mainPartnerId, this.partnerIds, this.partnerAdminIds, this.sampleCustomerId, this.sampleServiceId,
				this.searchWord, this.deepPage, acceptances);
	}

	/**
	 * A page of the main partner's Customers page in its default order (company name,
	 * then id), as a reader reaches it by its Next and page links: those links carry the
	 * customer the page starts after, so the page is read from an index at that customer
	 * rather than by skipping every row before it.
	 *
	 * @param number the page's number as the page shows it, from 1; the page asked for,
	 * or the last page when there are fewer
	 * @param after the customer the page starts after, the cursor of its links; empty for
	 * the first page
	 * @param first the first customer on the page
	 */
	public record DeepPage(int number, @Nullable Long after, long first) {

		/**
		 * @param path the Customers page's path
		 * @return the page's URL as its Next and page links write it (zero-based page
		 * number and cursor)
		 */
		public String url(String path) {
			return (this.after != null) ? path + "?page=" + (this.number - 1) + "&after=" + this.after : path;
		}

	}

	/**
	 * @param email the customer Global admin who may accept
	 * @param token the invitation's token
	 */
	public record Acceptance(String email, String token) {
	}

}
