package com.partnerportal.relationship;

import java.util.List;

/**
 * Delegated admin could not be granted because another CSP partner took it for the same
 * service meanwhile; nothing was changed. The database's key refused the grant, so the
 * conflicts are usually empty: the holder is not known here, and the customer is shown
 * the fresh state instead.
 */
public class DelegatedAdminHeldElsewhereException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<DelegatedAdminConflict> conflicts;

	public DelegatedAdminHeldElsewhereException(List<DelegatedAdminConflict> conflicts) {
		super("Another CSP partner holds delegated admin for " + conflicts.size() + " service(s)");
		this.conflicts = List.copyOf(conflicts);
	}

	public List<DelegatedAdminConflict> getConflicts() {
		return this.conflicts;
	}

}
