package com.partnerportal.partner;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.OnboardingRejectedException.Reason;
import com.partnerportal.partner.internal.CountryRegionRepository;
import com.partnerportal.partner.internal.PartnerUserCreation;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.shared.Countries;

/**
 * Creates a partner organisation together with its first Global admin, so that no partner
 * exists that nobody can sign in to manage.
 */
@Service
@Transactional
public class PartnerOnboarding {

	private final PartnerRepository partners;

	private final CountryRegionRepository countryRegions;

	private final PartnerUserCreation creation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerOnboarding(PartnerRepository partners, CountryRegionRepository countryRegions, PartnerUserCreation creation,
			ApplicationEventPublisher events, Clock clock) {
		this.partners = partners;
		this.countryRegions = countryRegions;
		this.creation = creation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the partner and its first Global admin in one transaction, and logs both.
	 * Every check runs before anything is written.
	 * @param partner the organisation's details
	 * @param globalAdmin the first Global admin's details
	 * @param actor the platform admin creating them
	 * @return the new Global admin, whose partner is the new organisation
	 * @throws OnboardingRejectedException if the name or e-mail address is taken, the
	 * country unknown or in another region than the one chosen, or the password not
	 * acceptable
	 * @throws ConcurrentChangeException if another admin took the name or the address at
	 * the same moment
	 */
	public PartnerUser onboard(NewPartner partner, NewPartnerUser globalAdmin, Actor actor) {
		if (!Countries.isKnown(partner.country())) {
			throw new OnboardingRejectedException(Reason.COUNTRY_UNKNOWN);
		}
		// A partner serves its own country and its region: a region that does not hold
		// the country would give a partner in Italy the customers of North America. A
		// country in no region may choose any, as it has none to contradict.
		if (this.countryRegions.findByCountry(partner.country())
			.filter((countryRegion) -> countryRegion.getRegion() != partner.region())
			.isPresent()) {
			throw new OnboardingRejectedException(Reason.REGION_WITHOUT_COUNTRY);
		}
		// The unique index on the name is case-sensitive; this check is what makes names
		// unique ignoring case.
		if (this.partners.existsByNameIgnoreCase(partner.name().strip())) {
			throw new OnboardingRejectedException(Reason.PARTNER_NAME_TAKEN);
		}
		this.creation.check(globalAdmin);
		Instant now = this.clock.instant();
		try {
			Partner created = this.partners.save(new Partner(partner.name(), partner.country(), partner.region(),
					partner.cloud(), partner.cspMember(), now));
			this.events.publishEvent(new PartnerCreated(created.getId(), created.getName(), actor));
			return this.creation.create(created, PartnerRole.GLOBAL_ADMIN, globalAdmin, now, actor);
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin took the name or the e-mail address between the checks above
			// and the insert: the unique indexes refused it, and nothing is written.
			throw new ConcurrentChangeException("The partner's name or the admin's address was taken meanwhile", ex);
		}
	}

}
