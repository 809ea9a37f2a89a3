package com.partnerportal.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.NewCustomer;
import com.partnerportal.customer.RegistrationOrigin;
import com.partnerportal.customer.RegistrationProblem;
import com.partnerportal.partner.Territory;
import com.partnerportal.security.Attempt;
import com.partnerportal.security.AttemptThrottle;
import com.partnerportal.shared.NotFoundException;

/**
 * The registration form behind a partner's invitation link, handled as one step so that
 * it can be throttled as a whole.
 */
@Service
public class InvitationRegistration {

	private final InvitationLanding landing;

	private final CustomerRegistration registration;

	private final AttemptThrottle throttle;

	private final RegistrationThrottleProperties throttleLimits;

	InvitationRegistration(InvitationLanding landing, CustomerRegistration registration, AttemptThrottle throttle,
			RegistrationThrottleProperties throttleLimits) {
		this.landing = landing;
		this.registration = registration;
		this.throttle = throttle;
		this.throttleLimits = throttleLimits;
	}

	/**
	 * Checks a registration and, if nothing is wrong with it and the form had no errors
	 * of its own, keeps it and mails its address in one transaction. The answer does not
	 * depend on whether the address or the domain has an account. Not a transaction
	 * itself: the throttle commits each attempt in a transaction of its own, and a
	 * request holding one connection while it waits for a second would, in a burst, hold
	 * the whole pool.
	 * @param token the invitation link's token
	 * @param application what was typed
	 * @param formValid whether the form's own validation passed; when not, the problems
	 * are still listed, so that every one shows at once, but nothing is kept
	 * @param language the language of the form
	 * @param clientAddress the address the form was sent from, which the throttle counts
	 * @param portalUrl the portal's absolute address, without a trailing slash, for the
	 * links in the mail
	 * @return what must change, empty when the registration was kept and the mail queued
	 * @throws NotFoundException if no current link issued the token
	 */
	public List<RegistrationProblem> submit(String token, NewCustomer application, boolean formValid, Locale language,
			String clientAddress, String portalUrl) {
		Invitation invitation = this.landing.describe(token).invitation();
		// Reserved before anything is checked, so that a burst of submissions at once
		// gets no more through than the limits allow.
		Attempt attempt = this.throttle.reserve(this.throttleLimits.limits(), application.email(), clientAddress);
		if (attempt.refused()) {
			return List.of(new RegistrationProblem("email", "registration.throttled",
					List.of(this.throttleLimits.windowMinutes())));
		}
		List<RegistrationProblem> problems = new ArrayList<>(this.registration.check(application));
		// The only reason to register through the link is to accept it, which a
		// customer outside the partner's territory cannot: say so now, not after.
		Territory territory = this.landing.territory(invitation);
		if (problems.stream().noneMatch((problem) -> problem.field().equals("country"))
				&& !territory.serves(application.country())) {
			problems.add(new RegistrationProblem("country", "registration.country.outsideTerritory",
					List.of(invitation.partner().getName(), territory.countryList(language))));
		}
		if (problems.isEmpty() && formValid) {
			this.registration.submit(application, new RegistrationOrigin(token, portalUrl + invitation.path(),
					portalUrl + "/registrations/", language));
			// Every registration kept costs a hash and sends a mail: it counts against
			// the
			// limits whatever becomes of it.
			attempt.failed(application.email());
		}
		else {
			attempt.withdraw();
		}
		return problems;
	}

}
