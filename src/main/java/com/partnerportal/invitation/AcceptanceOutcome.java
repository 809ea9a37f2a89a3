package com.partnerportal.invitation;

import java.util.List;

/**
 * What accepting an invitation did, for the confirmation the customer reads.
 *
 * @param details the invitation accepted, with the services it asks delegated admin for
 * @param result whether anything changed
 * @param servicesTaken the names of the services for which the partner now holds
 * delegated admin and did not before, granted, restored or moved to it
 * @param servicesKept the names of the services for which another CSP partner keeps
 * delegated admin, as the customer chose
 */
public record AcceptanceOutcome(LandingDetails details, AcceptanceResult result, List<String> servicesTaken,
		List<String> servicesKept) {

	public AcceptanceOutcome {
		servicesTaken = List.copyOf(servicesTaken);
		servicesKept = List.copyOf(servicesKept);
	}

	static AcceptanceOutcome nothingChanged(LandingDetails details) {
		return new AcceptanceOutcome(details, AcceptanceResult.NOTHING_CHANGED, List.of(), List.of());
	}

}
