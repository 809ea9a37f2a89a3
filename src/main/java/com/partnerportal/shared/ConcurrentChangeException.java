package com.partnerportal.shared;

/**
 * Another request changed the same thing at the same moment and won: nothing was changed,
 * and what the user sees next is the state as it is now. Services translate the
 * database's refusal (a version that moved on, a unique key taken meanwhile) into this,
 * so that the web side answers a lost race without knowing about persistence.
 */
public class ConcurrentChangeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConcurrentChangeException(String message, Throwable cause) {
		super(message, cause);
	}

}
