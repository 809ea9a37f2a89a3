package com.partnerportal.shared;

/**
 * Something asked for does not exist, or belongs to another organisation. Callers are
 * told the same in both cases, so that nobody learns which ids exist elsewhere; the web
 * answers it with the not-found page.
 * <p>
 * One type serves every module because every module's not-found ends on the same page: no
 * caller tells a missing partner from a missing subscription. A module whose page differs
 * declares a subtype (a replaced invitation link, for one).
 */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

}
