package com.partnerportal.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relationships one generated customer has, worked out from its number alone so that
 * each pass over the customers sees the same ones. The rules of the portal hold: at most
 * one CSP partner holds delegated admin for a service of a customer, delegated admin only
 * for the services it applies to, and every partner serves the customer's territory (all
 * are European).
 * <p>
 * Customers numbered from {@code customers} on are waiting to accept invitations: they
 * have no relationship yet.
 *
 * @param index the customer's number
 * @param relationships its relationships, the many-customers partner's first
 */
record CustomerPlan(int index, List<PlannedRelationship> relationships) {

	static final String DIRECTORY = "AZURE_AD";

	static final String OFFICE = "OFFICE_365";

	static final String DEVICES = "INTUNE";

	/**
	 * @param index the customer's number
	 * @param customers how many customers the main partner has
	 * @return the customer's plan
	 */
	static CustomerPlan of(int index, int customers) {
		if (index >= customers) {
			return new CustomerPlan(index, List.of());
		}
		List<PlannedRelationship> relationships = new ArrayList<>();
		Set<String> held = new HashSet<>();
		relationships.add(new PlannedRelationship(SampleOrganisations.MAIN_PARTNER, mainGrants(index, held)));
		for (int partner : otherPartners(index)) {
			relationships.add(new PlannedRelationship(partner, otherGrants(index, partner, held)));
		}
		return new CustomerPlan(index, relationships);
	}

	/**
	 * Most customers gave the main partner delegated admin for the directory and Office,
	 * half of them for device management too; some removed it again, some never gave it.
	 */
	private static List<PlannedGrant> mainGrants(int index, Set<String> held) {
		int draw = (index == SampleOrganisations.MANY_PARTNERS_CUSTOMER) ? 0 : Mix.below(index, 3, 100);
		List<PlannedGrant> grants = new ArrayList<>();
		if (draw < 85) {
			grants.add(PlannedGrant.holding(DIRECTORY, held));
			grants.add(PlannedGrant.holding(OFFICE, held));
			if (draw < 50) {
				grants.add(PlannedGrant.holding(DEVICES, held));
			}
		}
		else if (draw < 93) {
			grants.add(PlannedGrant.removed(DIRECTORY));
		}
		return grants;
	}

	/**
	 * A partner outside the CSP programme holds delegated admin alongside the CSP holder;
	 * a CSP partner holds it only where no other CSP partner does, and otherwise has the
	 * relationship alone or a grant that was removed.
	 */
	private static List<PlannedGrant> otherGrants(int index, int partner, Set<String> held) {
		if (!SampleOrganisations.PARTNERS.get(partner).cspMember()) {
			return List.of(PlannedGrant.beside(DIRECTORY), PlannedGrant.beside(OFFICE));
		}
		if (!held.contains(DIRECTORY) && !held.contains(OFFICE)) {
			return List.of(PlannedGrant.holding(DIRECTORY, held), PlannedGrant.holding(OFFICE, held));
		}
		return (Mix.below(index + partner, 4, 2) == 0) ? List.of(PlannedGrant.removed(OFFICE)) : List.of();
	}

	/**
	 * Every partner for the many-partners customer; otherwise a second partner for 45% of
	 * customers and a third for 12%.
	 */
	private static List<Integer> otherPartners(int index) {
		int others = SampleOrganisations.PARTNERS.size() - 1;
		if (index == SampleOrganisations.MANY_PARTNERS_CUSTOMER) {
			List<Integer> all = new ArrayList<>();
			for (int partner = 1; partner <= others; partner++) {
				all.add(partner);
			}
			return all;
		}
		int draw = Mix.below(index, 5, 100);
		if (draw >= 45) {
			return List.of();
		}
		int second = 1 + Mix.below(index, 6, others);
		if (draw >= 12) {
			return List.of(second);
		}
		int third = 1 + (second + Mix.below(index, 7, others - 1)) % others;
		return List.of(second, third);
	}

	/**
	 * @return the partner a second subscription may be bought from besides the main
	 * partner, if the customer has one
	 */
	int secondPartner() {
		return (this.relationships.size() > 1) ? this.relationships.get(1).partner() : SampleOrganisations.MAIN_PARTNER;
	}

	/**
	 * @param partner the partner's number
	 * @param grants its delegated admin, per service
	 */
	record PlannedRelationship(int partner, List<PlannedGrant> grants) {
	}

	/**
	 * @param service the service's code
	 * @param active whether the partner holds delegated admin now
	 * @param cspHolder whether it holds it as the customer's one CSP partner for the
	 * service
	 */
	record PlannedGrant(String service, boolean active, boolean cspHolder) {

		static PlannedGrant holding(String service, Set<String> held) {
			if (!held.add(service)) {
				throw new IllegalStateException("Two CSP partners would hold delegated admin for " + service);
			}
			return new PlannedGrant(service, true, true);
		}

		static PlannedGrant beside(String service) {
			return new PlannedGrant(service, true, false);
		}

		static PlannedGrant removed(String service) {
			return new PlannedGrant(service, false, false);
		}

	}

}
