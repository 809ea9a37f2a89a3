package com.partnerportal.partner;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.PortalJpaTest;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territories the shipped country-to-region table gives the demo partners.
 */
@PortalJpaTest
class TerritoriesTests {

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ofWhenEuropeanPartnerThenEveryEuropeanEconomicAreaCountryPlusUkAndSwitzerland() {
		Territory fabrikam = this.territories.of(partner("ES", Region.EUROPE));

		assertThat(fabrikam.countries()).contains("ES", "PT", "IT", "DE", "FR", "IE", "BE", "NL", "AT", "PL", "SE",
				"FI", "DK", "GR", "CY", "MT", "LU", "EE", "LV", "LT", "CZ", "SK", "SI", "HR", "HU", "RO", "BG", "IS",
				"LI", "NO", "GB", "CH");
		assertThat(fabrikam.countries()).doesNotContain("BR", "US", "MX", "JP", "ZA");
	}

	@Test
	void servesWhenDemoPartnersThenEachServesItsRegionOnly() {
		assertThat(this.territories.serves(partner("BR", Region.LATIN_AMERICA), "MX")).isTrue();
		assertThat(this.territories.serves(partner("BR", Region.LATIN_AMERICA), "ES")).isFalse();
		assertThat(this.territories.serves(partner("US", Region.NORTH_AMERICA), "CA")).isTrue();
		assertThat(this.territories.serves(partner("US", Region.NORTH_AMERICA), "MX")).isFalse();
		assertThat(this.territories.serves(partner("IT", Region.EUROPE), "ES")).isTrue();
	}

	@Test
	void countryRegionWhenShippedThenEveryDemoCustomerIsInItsPartnersRegion() {
		Long outside = this.jdbc.sql("""
				select count(*) from reseller_relationship r
				join partner p on p.id = r.partner_id join customer c on c.id = r.customer_id
				left join country_region cr on cr.country = c.country
				where c.country <> p.country and (cr.region is null or cr.region <> p.region)
				""").query(Long.class).single();

		assertThat(outside).isZero();
	}

	@Test
	void countryRegionWhenShippedThenEveryCountryIsAnIsoCode() {
		assertThat(this.jdbc.sql("select country from country_region").query(String.class).list())
			.hasSizeGreaterThan(120)
			.allSatisfy((code) -> assertThat(Countries.isKnown(code)).isTrue());
	}

	private static Partner partner(String country, Region region) {
		return new Partner("Test " + country, country, region, Cloud.PUBLIC, true, Instant.now());
	}

}
