package com.partnerportal.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.account.PasswordProblem;
import com.partnerportal.account.UserAccount;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.customer.internal.PendingRegistrationRepository;
import com.partnerportal.customer.internal.RegistrationMails;
import com.partnerportal.mail.Mailer;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.DatabaseConstraints;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.LinkKey;

/**
 * Registers a customer organisation together with its first Global admin, as somebody
 * following a partner's invitation does when the organisation has no account yet. The
 * form is answered with a mail to the address typed; the organisation is created when the
 * link in it is followed, which proves the address, and with it the domain.
 */
@Service
public class CustomerRegistration {

	/** A confirmation link's key carries 128 random bits. */
	private static final int CONFIRMATION_KEY_BYTES = 16;

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_EMAIL_LENGTH = 254;

	/**
	 * Host name labels of letters, digits and inner hyphens, at least two labels, a
	 * non-numeric top level.
	 */
	private static final Pattern DNS_NAME = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private final CustomerRepository customers;

	private final CustomerUserRepository customerUsers;

	private final UserAccountRepository accounts;

	private final PendingRegistrationRepository pendingRegistrations;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final RegistrationMails mails;

	private final Mailer mailer;

	private final Clock clock;

	CustomerRegistration(CustomerRepository customers, CustomerUserRepository customerUsers,
			UserAccountRepository accounts, PendingRegistrationRepository pendingRegistrations,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, RegistrationMails mails, Mailer mailer,
			Clock clock) {
		this.customers = customers;
		this.customerUsers = customerUsers;
		this.accounts = accounts;
		this.pendingRegistrations = pendingRegistrations;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.mails = mails;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Keeps a registration that passed {@link #check(NewCustomer)} and mails the address
	 * typed, in one transaction. Whether the address or the domain has an account already
	 * is not told here, to whoever filled in the form: the answer and the work done are
	 * the same either way (a bcrypt hash, a stored registration, one queued mail). The
	 * address gets the confirmation link, or, when it has an account, a note to its owner
	 * instead, who thus learns of the attempt.
	 * @param application what was typed into the registration form
	 * @param origin the invitation it came through and the addresses for the mail
	 * @throws RegistrationRefusedException if a rule is broken; nothing is kept then
	 */
	@Transactional
	public void submit(NewCustomer application, RegistrationOrigin origin) {
		List<RegistrationProblem> problems = check(application);
		if (!problems.isEmpty()) {
			throw new RegistrationRefusedException(problems);
		}
		LinkKey key = LinkKey.random(CONFIRMATION_KEY_BYTES);
		PendingRegistration registration = this.pendingRegistrations
			.save(new PendingRegistration(key, application, this.passwordEncoder.encode(application.password()),
					origin.invitationToken(), origin.language(), this.clock.instant()));
		Optional<UserAccount> existing = this.accounts.findByEmail(registration.getEmail());
		if (existing.isPresent()) {
			this.mailer.queue(this.mails.attemptWithExistingAccount(registration.getEmail(), existing.get().getLocale(),
					origin.invitationUrl()));
		}
		else {
			this.mailer.queue(this.mails.confirmation(registration, origin.confirmationUrlPrefix() + key.value(),
					origin.language()));
		}
	}

	/**
	 * @param key the key from a confirmation link
	 * @return the registration the link confirms
	 * @throws NotFoundException if no registration has this key
	 * @throws ConfirmationRefusedException if the link expired or was used
	 */
	@Transactional(readOnly = true)
	public PendingRegistrationDetails describe(String key) {
		PendingRegistration registration = find(key, false);
		refuseIfOutdated(registration);
		return new PendingRegistrationDetails(registration.getCompanyName(), registration.getDomain(),
				registration.getEmail());
	}

	/**
	 * Creates the customer and its first Global admin from a registration whose address
	 * was just proven, in one transaction, records both in the activity log and uses the
	 * link up.
	 * @param key the key from the confirmation link
	 * @return the new Global admin, saved, ready to be signed in
	 * @throws NotFoundException if no registration has this key
	 * @throws ConfirmationRefusedException if the link expired or was used, or the domain
	 * or the address has an account now; nothing is created then
	 */
	@Transactional
	public ConfirmedRegistration confirm(String key) {
		PendingRegistration registration = find(key, true);
		refuseIfOutdated(registration);
		// Saying so is safe now: the person controls an address at the domain.
		if (this.customers.existsByDomain(registration.getDomain())) {
			throw new ConfirmationRefusedException(ConfirmationRefusal.DOMAIN_TAKEN, registration.getInvitationToken());
		}
		if (this.accounts.existsByEmail(registration.getEmail())) {
			throw new ConfirmationRefusedException(ConfirmationRefusal.EMAIL_TAKEN, registration.getInvitationToken());
		}
		Instant now = this.clock.instant();
		try {
			Customer customer = this.customers.save(registration.newCustomer(now));
			CustomerUser admin = this.customerUsers.save(registration.newGlobalAdmin(customer, now));
			Actor actor = Actor.of(admin);
			this.events.publishEvent(new CustomerRegistered(customer.getId(), customer.getCompanyName(),
					customer.getDomain(), admin.getId(), admin.getEmail(), actor));
			registration.markUsed(now);
			return new ConfirmedRegistration(admin, registration.getInvitationToken());
		}
		catch (DataIntegrityViolationException ex) {
			// The checks above only give a friendly answer; the unique indexes are the
			// real guard when two registrations of one domain or address are confirmed
			// at once.
			throw new ConfirmationRefusedException(refusalFor(ex), registration.getInvitationToken());
		}
	}

	private PendingRegistration find(String key, boolean lock) {
		String hash = LinkKey.parse(key, CONFIRMATION_KEY_BYTES)
			.orElseThrow(() -> new NotFoundException("Malformed registration key"))
			.hash();
		return (lock ? this.pendingRegistrations.lockByKeyHash(hash) : this.pendingRegistrations.findByKeyHash(hash))
			.orElseThrow(() -> new NotFoundException("Unknown registration key"));
	}

	private void refuseIfOutdated(PendingRegistration registration) {
		ConfirmationRefusal refusal = registration.refusalAt(this.clock.instant());
		if (refusal != null) {
			throw new ConfirmationRefusedException(refusal, registration.getInvitationToken());
		}
	}

	/**
	 * Checks an application against every rule that can be told to anybody, without
	 * creating anything. Whether the domain or the address has an account is not among
	 * them: that is only told to the person who proved the address.
	 * @param application what was typed into the registration form
	 * @return what must change, empty if the registration can go ahead
	 */
	@Transactional(readOnly = true)
	public List<RegistrationProblem> check(NewCustomer application) {
		List<RegistrationProblem> problems = new ArrayList<>();
		checkName("companyName", application.companyName(), problems);
		String domain = Customer.normalizeDomain(application.domain());
		boolean domainValid = DNS_NAME.matcher(domain).matches();
		if (!domainValid) {
			problems.add(new RegistrationProblem("domain", "registration.domain.invalid"));
		}
		if (!Countries.isKnown(application.country())) {
			problems.add(new RegistrationProblem("country", "registration.country.invalid"));
		}
		checkName("adminName", application.adminName(), problems);
		String email = UserAccount.normalizeEmail(application.email());
		if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			problems.add(new RegistrationProblem("email", "registration.email.invalid"));
		}
		else if (domainValid && !isAtDomain(email, domain)) {
			// Registering a domain proves control of it only through an address there.
			problems.add(new RegistrationProblem("email", "registration.email.outsideDomain"));
		}
		checkPassword(application, email, problems);
		return problems;
	}

	private static boolean isAtDomain(String email, String domain) {
		String host = email.substring(email.lastIndexOf('@') + 1);
		return host.equals(domain) || host.endsWith("." + domain);
	}

	private static void checkName(String field, String name, List<RegistrationProblem> problems) {
		if (name.isBlank()) {
			problems.add(new RegistrationProblem(field, "registration." + field + ".required"));
		}
		else if (name.strip().length() > MAX_NAME_LENGTH) {
			problems.add(new RegistrationProblem(field, "registration." + field + ".tooLong"));
		}
	}

	private static void checkPassword(NewCustomer application, String email, List<RegistrationProblem> problems) {
		String password = application.password();
		PasswordPolicy.check(password, email)
			.ifPresent((problem) -> problems.add(new RegistrationProblem("password", messageKey(problem))));
		if (!password.equals(application.passwordConfirmation())) {
			problems.add(new RegistrationProblem("passwordConfirmation", "registration.passwordConfirmation.mismatch"));
		}
	}

	private static String messageKey(PasswordProblem problem) {
		return switch (problem) {
			case TOO_SHORT -> "registration.password.tooShort";
			case TOO_LONG -> "registration.password.tooLong";
			case SAME_AS_EMAIL -> "registration.password.sameAsEmail";
			case TOO_COMMON -> "registration.password.tooCommon";
		};
	}

	private static ConfirmationRefusal refusalFor(DataIntegrityViolationException ex) {
		if (DatabaseConstraints.refused(ex, "customer_domain_uk")) {
			return ConfirmationRefusal.DOMAIN_TAKEN;
		}
		if (DatabaseConstraints.refused(ex, "user_account_email_uk")) {
			return ConfirmationRefusal.EMAIL_TAKEN;
		}
		throw ex;
	}

}
