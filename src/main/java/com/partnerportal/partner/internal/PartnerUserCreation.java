package com.partnerportal.partner.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.account.UserAccount;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.partner.NewPartnerUser;
import com.partnerportal.partner.OnboardingRejectedException.Reason;
import com.partnerportal.partner.OnboardingRejectedException;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.partner.PartnerUserCreated;

/**
 * What every new partner user goes through, whether a platform admin onboards a partner
 * with its first Global admin or a Global admin adds a user: a free e-mail address, an
 * acceptable password, a stored hash and one activity-log entry. Runs in the caller's
 * transaction.
 */
@Component
public class PartnerUserCreation {

	private final PartnerUserRepository users;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	PartnerUserCreation(PartnerUserRepository users, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.users = users;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	/**
	 * Checks a new user before anything is written.
	 * @param user the new user's details
	 * @throws OnboardingRejectedException if the e-mail address is taken or the password
	 * not acceptable
	 */
	public void check(NewPartnerUser user) {
		String email = UserAccount.normalizeEmail(user.email());
		if (this.accounts.existsByEmail(email)) {
			throw new OnboardingRejectedException(Reason.EMAIL_TAKEN);
		}
		PasswordPolicy.check(user.password(), email).ifPresent((problem) -> {
			throw new OnboardingRejectedException(Reason.of(problem));
		});
	}

	/**
	 * Saves a user that {@link #check} accepted and logs it.
	 * @param partner the user's partner
	 * @param role the user's role
	 * @param user the new user's details
	 * @param now when the user is created
	 * @param actor who creates the user
	 * @return the new user
	 */
	public PartnerUser create(Partner partner, PartnerRole role, NewPartnerUser user, Instant now, Actor actor) {
		PartnerUser created = this.users.save(new PartnerUser(partner, role, UserAccount.normalizeEmail(user.email()),
				this.passwordEncoder.encode(user.password()), user.displayName(), now));
		this.events.publishEvent(new PartnerUserCreated(partner.getId(), partner.getName(), created.getId(),
				created.getEmail(), role, now, actor));
		return created;
	}

}
