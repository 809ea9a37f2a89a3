package com.partnerportal.invitation.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.partnerportal.invitation.AcceptanceChoices;
import com.partnerportal.relationship.DelegatedAdminChoice;

/**
 * The accept form: what the Global admin states besides accepting.
 *
 * @param agreementAccepted whether the box "I have read and accept the customer
 * agreement" is ticked; {@code null} when the form had no such box, because the customer
 * accepted the current agreement before
 * @param choices for each service whose delegated admin another CSP partner holds, by
 * service id, whether to keep that partner or move it; a service left out is kept
 * @param conflicts the conflicts the page showed, as the plan named them; a form without
 * it claims to have shown none
 */
record AcceptanceForm(@Nullable Boolean agreementAccepted, @Nullable Map<Long, DelegatedAdminChoice> choices,
		@Nullable String conflicts) {

	/**
	 * @return an empty form, every conflict defaulting to keeping the current partner
	 */
	static AcceptanceForm empty() {
		return new AcceptanceForm(null, null, null);
	}

	/**
	 * @return the same form with every choice back at its default, for a page that shows
	 * conflicts other than those the choices were made for
	 */
	AcceptanceForm withoutChoices() {
		return new AcceptanceForm(this.agreementAccepted, null, null);
	}

	/**
	 * @return whether the box was ticked
	 */
	boolean ticked() {
		return Boolean.TRUE.equals(this.agreementAccepted);
	}

	/**
	 * @param serviceId a service
	 * @return whether the form moves that service's delegated admin to the new partner
	 */
	boolean moves(Long serviceId) {
		return this.choices != null && this.choices.get(serviceId) == DelegatedAdminChoice.MOVE;
	}

	/**
	 * @return what the acceptance is asked to do
	 */
	AcceptanceChoices toChoices() {
		Set<Long> moves = (this.choices != null) ? this.choices.entrySet()
			.stream()
			.filter((choice) -> choice.getValue() == DelegatedAdminChoice.MOVE)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet()) : Set.of();
		return new AcceptanceChoices(ticked(), moves, (this.conflicts != null) ? this.conflicts : "");
	}

}
