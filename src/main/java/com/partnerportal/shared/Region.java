package com.partnerportal.shared;

/**
 * A region or market that a partner serves besides its own country.
 */
public enum Region {

	EUROPE, NORTH_AMERICA, LATIN_AMERICA, ASIA_PACIFIC, MIDDLE_EAST_AFRICA

}
