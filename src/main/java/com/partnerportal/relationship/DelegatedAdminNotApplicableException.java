package com.partnerportal.relationship;

/**
 * Someone asked to remove delegated admin for a service that has no delegated admin, such
 * as a crafted link: a bad request, not a missing page, as the relationships page answers
 * it.
 */
public class DelegatedAdminNotApplicableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String serviceName;

	DelegatedAdminNotApplicableException(String serviceName) {
		super("Delegated admin does not apply to " + serviceName);
		this.serviceName = serviceName;
	}

	public String getServiceName() {
		return this.serviceName;
	}

}
