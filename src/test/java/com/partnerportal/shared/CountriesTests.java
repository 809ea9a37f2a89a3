package com.partnerportal.shared;

import java.text.Collator;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

	@Test
	void isKnownWhenIsoCodeThenTrueOtherwiseFalse() {
		assertThat(Countries.isKnown("ES")).isTrue();
		assertThat(Countries.isKnown("XX")).isFalse();
		assertThat(Countries.isKnown("es")).isFalse();
		assertThat(Countries.isKnown("")).isFalse();
	}

	@Test
	void displayNameWhenLocaleGivenThenNamesTheCountryInIt() {
		assertThat(Countries.displayName("ES", Locale.ENGLISH)).isEqualTo("Spain");
		assertThat(Countries.displayName("IT", Locale.ITALIAN)).isEqualTo("Italia");
	}

	@Test
	void displayNameWhenNotACountryCodeThenTheCodeItself() {
		assertThat(Countries.displayName("X1", Locale.ENGLISH)).isEqualTo("X1");
		assertThat(Countries.displayName("", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void allWhenListedThenEveryIsoCountrySortedByName() {
		var countries = Countries.all(Locale.ENGLISH);

		assertThat(countries).hasSize(Locale.getISOCountries().length);
		assertThat(countries).extracting(Countries.Country::name)
			.isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
		assertThat(countries).contains(new Countries.Country("BR", "Brazil"));
	}

}
