package com.partnerportal.shared;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells which unique key or constraint refused a write, so that a service can turn the
 * database's guard into the same friendly answer its own checks give. H2 and PostgreSQL
 * both name the constraint in the message, in whatever case.
 */
public final class DatabaseConstraints {

	private DatabaseConstraints() {
	}

	/**
	 * @param ex what the write threw
	 * @param constraint the constraint's name as the schema declares it, in lower case
	 * @return whether that constraint refused the write
	 */
	public static boolean refused(DataIntegrityViolationException ex, String constraint) {
		return String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT).contains(constraint);
	}

}
