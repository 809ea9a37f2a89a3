package com.partnerportal.customerlist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A filter of the customer list: on how many of the services that have delegated admin
 * the signed-in partner holds it for the customer. The three together are every customer.
 * Message keys {@code customers.dap.filter.<parameter>} name them.
 */
public enum DelegatedAdminCoverage {

	/** Held on every service that has delegated admin. */
	ALL,
	/** Held on at least one of them, and not on all. */
	SOME,
	/** Held on none of them. */
	NONE;

	/**
	 * Anything else means no filter: a hand-edited link should still show the list.
	 * @param parameter the {@code dap} parameter, if any
	 * @return the filter it names
	 */
	public static Optional<DelegatedAdminCoverage> parse(@Nullable String parameter) {
		if (parameter == null) {
			return Optional.empty();
		}
		String value = parameter.strip();
		return Arrays.stream(values()).filter((coverage) -> coverage.parameter().equals(value)).findFirst();
	}

	/**
	 * @param held the services the partner holds delegated admin on
	 * @param applicable the services that have delegated admin
	 * @return the coverage of those figures
	 */
	static DelegatedAdminCoverage of(long held, long applicable) {
		if (held == 0) {
			return NONE;
		}
		return (held >= applicable) ? ALL : SOME;
	}

	/**
	 * @return the filter as the {@code dap} parameter writes it
	 */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The condition on {@code held}, the number of services a customer's row holds, as
	 * JPQL with {@code :applicable} the number of services that have delegated admin.
	 */
	String condition(String held) {
		return switch (this) {
			case ALL -> held + " >= :applicable";
			case SOME -> held + " > 0 and " + held + " < :applicable";
			case NONE -> held + " = 0";
		};
	}

}
