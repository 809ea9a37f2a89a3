package com.partnerportal.invitation;

import com.partnerportal.shared.Cloud;

/**
 * A partner in a national cloud asked for an invitation without delegated admin, which
 * its cloud does not allow; no link was created, only the refused attempt was recorded.
 */
public class DelegatedAdminRequiredException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Cloud cloud;

	public DelegatedAdminRequiredException(Cloud cloud) {
		super("Partners in the " + cloud + " cloud always ask for delegated admin");
		this.cloud = cloud;
	}

	public Cloud getCloud() {
		return this.cloud;
	}

}
