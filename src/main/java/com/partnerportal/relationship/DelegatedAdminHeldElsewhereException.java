package com.partnerportal.relationship;

import java.util.List;

/**
 * Delegated admin could not be granted because another CSP partner holds it for the same
 * service; nothing was changed. The conflicts are empty when the database refused a grant
 * that a concurrent acceptance made first, so the holder is not known here.
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
