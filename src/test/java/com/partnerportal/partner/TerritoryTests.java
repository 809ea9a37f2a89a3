package com.partnerportal.partner;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryTests {

	@Test
	void servesWhenCountryIsHomeOrInTheRegionThenTrueElseFalse() {
		Territory territory = new Territory("ES", Region.EUROPE, Set.of("PT", "IT"));

		assertThat(territory.serves("ES")).isTrue();
		assertThat(territory.serves("PT")).isTrue();
		assertThat(territory.serves("BR")).isFalse();
	}

	@Test
	void servesWhenHomeCountryIsOutsideItsRegionThenStillServesHome() {
		Territory territory = new Territory("MX", Region.NORTH_AMERICA, Set.of("US", "CA"));

		assertThat(territory.serves("MX")).isTrue();
		assertThat(territory.countries()).containsExactlyInAnyOrder("MX", "US", "CA");
	}

	@Test
	void countryNamesWhenLocaleGivenThenLocalizedAndSorted() {
		Territory territory = new Territory("ES", Region.EUROPE, Set.of("DE", "AT"));

		assertThat(territory.countryNames(Locale.ENGLISH)).containsExactly("Austria", "Germany", "Spain");
		assertThat(territory.countryNames(Locale.GERMAN)).containsExactly("Deutschland", "Österreich", "Spanien");
		assertThat(territory.countryList(Locale.ENGLISH)).isEqualTo("Austria, Germany, Spain");
	}

}
