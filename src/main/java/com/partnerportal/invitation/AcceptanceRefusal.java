package com.partnerportal.invitation;

/**
 * Why a customer user may not accept an invitation. Each refused attempt is published as
 * an {@link InvitationAcceptanceRefused}.
 */
public enum AcceptanceRefusal {

	/** The user is not a Global admin of the customer. */
	ROLE,

	/** The partner works in another cloud than the customer. */
	CLOUD,

	/** The customer's country is outside the partner's country and region. */
	TERRITORY

}
