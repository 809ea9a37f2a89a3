package com.partnerportal.invitation;

/**
 * Which CSP partners hold delegated admin for the services asked for changed between
 * showing the accept page and accepting, so the customer's choices may no longer mean
 * what it intended; nothing was changed, and the page is shown again with the fresh
 * state.
 */
public class AcceptanceOutdatedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AcceptanceOutdatedException() {
		super("Delegated admin changed hands since the accept page was shown");
	}

	/**
	 * @param cause the database's refusal of a change made at the same moment as another
	 */
	AcceptanceOutdatedException(Throwable cause) {
		super("Another acceptance or removal for the customer won the race", cause);
	}

}
