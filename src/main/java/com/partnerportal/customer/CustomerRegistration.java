package com.partnerportal.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.account.PasswordProblem;
import com.partnerportal.account.UserAccount;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityRecord;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.DatabaseConstraints;

/**
 * Registers a customer organisation together with its first Global admin, as somebody
 * following a partner's invitation does when the organisation has no account yet.
 */
@Service
public class CustomerRegistration {

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

	private final PasswordEncoder passwordEncoder;

	private final ActivityLog activityLog;

	private final Clock clock;

	CustomerRegistration(CustomerRepository customers, CustomerUserRepository customerUsers,
			UserAccountRepository accounts, PasswordEncoder passwordEncoder, ActivityLog activityLog, Clock clock) {
		this.customers = customers;
		this.customerUsers = customerUsers;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	/**
	 * Creates the customer and its first Global admin in one transaction and records both
	 * in the activity log.
	 * @param application what was typed into the registration form
	 * @return the new Global admin, saved, ready to be signed in
	 * @throws RegistrationRefusedException if a rule is broken, including a domain or
	 * e-mail address taken meanwhile; nothing is created then
	 */
	@Transactional
	public CustomerUser register(NewCustomer application) {
		List<RegistrationProblem> problems = check(application);
		if (!problems.isEmpty()) {
			throw new RegistrationRefusedException(problems);
		}
		Instant now = this.clock.instant();
		String passwordHash = this.passwordEncoder.encode(application.password());
		try {
			Customer customer = this.customers.save(new Customer(application.companyName(), application.domain(),
					application.country(), application.cloud(), now));
			CustomerUser admin = this.customerUsers.save(
					new CustomerUser(customer, true, application.email(), passwordHash, application.adminName(), now));
			Actor actor = Actor.of(admin);
			this.activityLog.record(ActivityRecord.of(actor, ActivityAction.CUSTOMER_REGISTERED)
				.customer(customer.getId(), customer.getCompanyName())
				.change(null, customer.getDomain()));
			this.activityLog.record(ActivityRecord.of(actor, ActivityAction.USER_CREATED)
				.customer(customer.getId(), customer.getCompanyName())
				.change(null, admin.getEmail()));
			return admin;
		}
		catch (DataIntegrityViolationException ex) {
			// The checks above only give a friendly answer; the unique indexes are the
			// real
			// guard when two people register the same domain or address at once.
			throw new RegistrationRefusedException(List.of(problemFor(ex)));
		}
	}

	/**
	 * Checks an application against every rule without creating anything.
	 * @param application what was typed into the registration form
	 * @return what must change, empty if the registration can go ahead
	 */
	@Transactional(readOnly = true)
	public List<RegistrationProblem> check(NewCustomer application) {
		List<RegistrationProblem> problems = new ArrayList<>();
		checkName("companyName", application.companyName(), problems);
		String domain = Customer.normalizeDomain(application.domain());
		if (!DNS_NAME.matcher(domain).matches()) {
			problems.add(new RegistrationProblem("domain", "registration.domain.invalid"));
		}
		else if (this.customers.existsByDomain(domain)) {
			problems.add(new RegistrationProblem("domain", "registration.domain.taken"));
		}
		if (!Countries.isKnown(application.country())) {
			problems.add(new RegistrationProblem("country", "registration.country.invalid"));
		}
		checkName("adminName", application.adminName(), problems);
		String email = UserAccount.normalizeEmail(application.email());
		if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			problems.add(new RegistrationProblem("email", "registration.email.invalid"));
		}
		else if (this.accounts.existsByEmail(email)) {
			problems.add(new RegistrationProblem("email", "registration.email.taken"));
		}
		checkPassword(application, email, problems);
		return problems;
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

	private static RegistrationProblem problemFor(DataIntegrityViolationException ex) {
		if (DatabaseConstraints.refused(ex, "customer_domain_uk")) {
			return new RegistrationProblem("domain", "registration.domain.taken");
		}
		if (DatabaseConstraints.refused(ex, "user_account_email_uk")) {
			return new RegistrationProblem("email", "registration.email.taken");
		}
		throw ex;
	}

}
