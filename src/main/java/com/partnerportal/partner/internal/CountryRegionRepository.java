package com.partnerportal.partner.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import com.partnerportal.partner.CountryRegion;
import com.partnerportal.shared.Region;

/**
 * The country-to-region table.
 */
public interface CountryRegionRepository extends Repository<CountryRegion, String> {

	List<CountryRegion> findByRegion(Region region);

	Optional<CountryRegion> findByCountry(String country);

}
