package com.partnerportal.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

import com.partnerportal.shared.Region;

/**
 * The region a country belongs to, as shipped with the schema. Read only: the table is
 * reference data that migrations alone change.
 */
@Entity
@Immutable
public class CountryRegion {

	@Id
	private String country;

	@Enumerated(EnumType.STRING)
	private Region region;

	protected CountryRegion() {
	}

	String getCountry() {
		return this.country;
	}

	Region getRegion() {
		return this.region;
	}

}
