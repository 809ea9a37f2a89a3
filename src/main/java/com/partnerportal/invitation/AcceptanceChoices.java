package com.partnerportal.invitation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a customer's Global admin states when accepting: the customer agreement, and for
 * each service whose delegated admin another CSP partner holds, whether to move it to the
 * inviting partner.
 *
 * @param agreementConfirmed whether the user ticked that they accept the customer
 * agreement; needed only while the customer has not accepted the current version
 * @param servicesToMove the services whose delegated admin moves to the inviting partner;
 * for every other conflict the current partner keeps it
 * @param conflictsSeen the conflicts the page showed, as
 * {@link com.partnerportal.relationship.RelationshipPlan#conflictsKey()} gave them, so
 * that a change meanwhile is noticed; {@code null} to skip that check
 */
public record AcceptanceChoices(boolean agreementConfirmed, Set<Long> servicesToMove, @Nullable String conflictsSeen) {

	public AcceptanceChoices {
		servicesToMove = Set.copyOf(servicesToMove);
	}

	/**
	 * @param agreementConfirmed whether the customer agreement was confirmed
	 * @return choices that keep every current delegated-admin holder, whatever the
	 * conflicts are now
	 */
	public static AcceptanceChoices keepingCurrentPartners(boolean agreementConfirmed) {
		return new AcceptanceChoices(agreementConfirmed, Set.of(), null);
	}

}
