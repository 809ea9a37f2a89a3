package com.partnerportal.partner;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.partner.internal.CountryRegionRepository;

/**
 * Works out partners' territories from the country-to-region table, so that every page
 * and rule asks the same question the same way: may this partner serve a customer in that
 * country?
 */
@Service
@Transactional(readOnly = true)
public class Territories {

	private final CountryRegionRepository countryRegions;

	Territories(CountryRegionRepository countryRegions) {
		this.countryRegions = countryRegions;
	}

	/**
	 * @param partner a partner
	 * @return its own country and the countries of its region
	 */
	public Territory of(Partner partner) {
		Set<String> regionCountries = this.countryRegions.findByRegion(partner.getRegion())
			.stream()
			.map(CountryRegion::getCountry)
			.collect(Collectors.toSet());
		return new Territory(partner.getCountry(), partner.getRegion(), regionCountries);
	}

	/**
	 * @param partner a partner
	 * @param customerCountry the ISO code of the country set on the customer's
	 * organisation
	 * @return whether the partner may enter a relationship with that customer
	 */
	public boolean serves(Partner partner, String customerCountry) {
		return of(partner).serves(customerCountry);
	}

}
