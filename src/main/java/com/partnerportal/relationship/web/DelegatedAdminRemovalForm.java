package com.partnerportal.relationship.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import com.partnerportal.relationship.DelegatedAdminScope;

/**
 * The parameters of a delegated-admin removal, on the confirmation link and in its form:
 * {@code partner} (an id) or {@code scope=all} for every partner, and optionally
 * {@code service} (an id) to keep to one service.
 *
 * @param partner the partner's id, or {@code null} with {@code scope=all}
 * @param service the service's id, or {@code null} for every service
 * @param scope {@code all} for every partner, otherwise {@code null}
 */
record DelegatedAdminRemovalForm(@Nullable Long partner, @Nullable Long service,
		@Nullable @Pattern(regexp = ALL, message = "{relationships.remove.invalidScope}") String scope) {

	static final String ALL = "all";

	/**
	 * Exactly one of a partner and {@code scope=all}: a request naming neither, or both,
	 * is ambiguous and refused rather than guessed.
	 * @return whether the request names its partners unambiguously
	 */
	@AssertTrue(message = "{relationships.remove.invalidPartners}")
	boolean isPartnersChosen() {
		return (this.partner != null) != ALL.equals(this.scope);
	}

	DelegatedAdminScope toScope() {
		return new DelegatedAdminScope(this.partner, this.service);
	}

}
