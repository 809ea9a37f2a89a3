package com.partnerportal.relationship;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.Countries;

/**
 * What a customer's Partner relationships page shows: its partners, and per service of
 * the catalogue which of them hold delegated admin. Built in one read so that the page
 * costs the same few queries however many partners and services there are.
 *
 * @param partners every partner with an active relationship, by name
 * @param services every service of the catalogue, in catalogue order
 */
public record PartnerRelationshipsView(List<PartnerSummary> partners, List<ServiceSection> services) {

	/**
	 * @return whether no partner has an active relationship with the customer
	 */
	public boolean isEmpty() {
		return this.partners.isEmpty();
	}

	/**
	 * @return whether any partner holds delegated admin for any service
	 */
	public boolean anyDelegatedAdmin() {
		return this.partners.stream().anyMatch(PartnerSummary::holdsAny);
	}

	/**
	 * One partner and its relationship with the customer.
	 *
	 * @param partnerId the partner
	 * @param name the partner's name
	 * @param country the partner's country code
	 * @param relationshipType reseller or advisor
	 * @param since when the relationship was established (or established again)
	 * @param delegatedAdminServices for how many services the partner holds delegated
	 * admin
	 */
	public record PartnerSummary(Long partnerId, String name, String country, RelationshipType relationshipType,
			Instant since, int delegatedAdminServices) {

		public boolean holdsAny() {
			return this.delegatedAdminServices > 0;
		}

		public String countryName(Locale locale) {
			return Countries.displayName(this.country, locale);
		}

	}

	/**
	 * One service of the catalogue with every partner's standing for it.
	 *
	 * @param serviceId the service
	 * @param name the service's name
	 * @param delegatedAdminApplies whether delegated admin exists for this service at all
	 * @param rows one row per partner, by partner name
	 */
	public record ServiceSection(Long serviceId, String name, boolean delegatedAdminApplies, List<ServiceRow> rows) {

		/**
		 * @return how many partners hold delegated admin for this service
		 */
		public long holders() {
			return this.rows.stream().filter((row) -> row.delegatedAdmin() == DelegatedAdminStatus.HELD).count();
		}

	}

	/**
	 * One partner's standing for one service.
	 *
	 * @param partnerId the partner
	 * @param partnerName the partner's name
	 * @param country the partner's country code
	 * @param relationshipType reseller or advisor
	 * @param relationshipSince when the relationship was established
	 * @param delegatedAdmin whether the partner holds delegated admin for the service
	 * @param delegatedAdminSince since when it holds it, if it does
	 */
	public record ServiceRow(Long partnerId, String partnerName, String country, RelationshipType relationshipType,
			Instant relationshipSince, DelegatedAdminStatus delegatedAdmin, @Nullable Instant delegatedAdminSince) {

		public boolean holdsDelegatedAdmin() {
			return this.delegatedAdmin == DelegatedAdminStatus.HELD;
		}

		public String countryName(Locale locale) {
			return Countries.displayName(this.country, locale);
		}

	}

	/**
	 * A partner's delegated admin for one service; for some services it does not exist.
	 */
	public enum DelegatedAdminStatus {

		HELD, NOT_HELD, NOT_APPLICABLE

	}

}
