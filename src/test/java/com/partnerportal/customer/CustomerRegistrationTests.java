package com.partnerportal.customer;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.shared.Cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willReturn;

@PortalTest
@Transactional
class CustomerRegistrationTests {

	private static final String PASSWORD = "a long enough passphrase";

	private static final RegistrationOrigin ORIGIN = new RegistrationOrigin("token",
			"http://localhost/invitations/token", "http://localhost/registrations/", Locale.ENGLISH);

	@Autowired
	CustomerRegistration registration;

	@Autowired
	CustomerRepository customers;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registerWhenValidThenCreatesCustomerAndItsFirstGlobalAdmin() {
		CustomerUser admin = RegistrationMail.registerConfirmed(this.registration,
				wingtip("Wingtip.TEST", "Rosa@Wingtip.test", PASSWORD), this.jdbc);

		this.entityManager.flush();
		this.entityManager.clear();
		Customer customer = this.customers.findById(admin.getCustomer().getId()).orElseThrow();
		assertThat(customer.getCompanyName()).isEqualTo("Wingtip Toys");
		assertThat(customer.getDomain()).isEqualTo("wingtip.test");
		assertThat(customer.getCountry()).isEqualTo("PT");
		assertThat(customer.getCloud()).isEqualTo(Cloud.PUBLIC);
		assertThat(customer.getAgreementVersion()).isNull();
		CustomerUser stored = (CustomerUser) this.accounts.findByEmail("rosa@wingtip.test").orElseThrow();
		assertThat(stored.isGlobalAdmin()).isTrue();
		assertThat(stored.getDisplayName()).isEqualTo("Rosa Díaz");
		assertThat(stored.organisationId()).isEqualTo(customer.getId());
		assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
		assertThat(this.passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
		List<ActivityLogEntry> entries = this.activityLog.entriesForCustomer(customer.getId());
		assertThat(entries).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.CUSTOMER_REGISTERED, ActivityAction.USER_CREATED);
		assertThat(entries).extracting(ActivityLogEntry::getActorId).containsOnly(stored.getId());
		assertThat(entries).extracting(ActivityLogEntry::getNewValue)
			.containsExactly("wingtip.test", "rosa@wingtip.test");
	}

	@Test
	void registerWhenCloudIsNationalThenCustomerIsCreatedThere() {
		NewCustomer application = new NewCustomer("Wingtip Federal", "wingtip-federal.test", "US", Cloud.US_GOVERNMENT,
				"Sam Reed", "sam@wingtip-federal.test", PASSWORD, PASSWORD);

		CustomerUser admin = RegistrationMail.registerConfirmed(this.registration, application, this.jdbc);

		assertThat(admin.getCustomer().getCloud()).isEqualTo(Cloud.US_GOVERNMENT);
	}

	@Test
	void confirmWhenDomainIsTakenThenRefusedNamingItAndNothingCreated() {
		// Not said to whoever filled in the form, only to who proved an address there.
		this.registration.submit(wingtip("CONTOSO.test", "rosa@contoso.test", PASSWORD), ORIGIN);
		String key = key("rosa@contoso.test");

		assertThatExceptionOfType(ConfirmationRefusedException.class).isThrownBy(() -> this.registration.confirm(key))
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(ConfirmationRefusal.DOMAIN_TAKEN));
		assertThat(this.accounts.existsByEmail("rosa@contoso.test")).isFalse();
	}

	@Test
	void submitWhenEmailHasAnAccountThenItsOwnerIsToldAndNoLinkIsSent() {
		this.registration.submit(wingtip("contoso.test", "GA@contoso.test", PASSWORD), ORIGIN);

		assertThat(RegistrationMail.newestMail(this.jdbc, "ga@contoso.test")).contains(ORIGIN.invitationUrl())
			.doesNotContain("/registrations/");
	}

	@Test
	void confirmWhenEmailGotAnAccountSinceThenRefusedNamingIt() {
		// Both registrations may use the address: it is at the domain of each.
		this.registration.submit(wingtip("wingtip.test", "rosa@sub.wingtip.test", PASSWORD), ORIGIN);
		String first = key("rosa@sub.wingtip.test");
		this.registration.submit(wingtip("sub.wingtip.test", "rosa@sub.wingtip.test", PASSWORD), ORIGIN);
		this.registration.confirm(key("rosa@sub.wingtip.test"));

		assertThatExceptionOfType(ConfirmationRefusedException.class).isThrownBy(() -> this.registration.confirm(first))
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(ConfirmationRefusal.EMAIL_TAKEN));
		assertThat(this.customers.existsByDomain("wingtip.test")).isFalse();
	}

	@Test
	void submitWhenEmailIsOutsideTheDomainThenRefused() {
		assertRefused(wingtip("wingtip.test", "rosa@elsewhere.test", PASSWORD), "email",
				"registration.email.outsideDomain");
		assertRefused(wingtip("wingtip.test", "rosa@notwingtip.test", PASSWORD), "email",
				"registration.email.outsideDomain");
	}

	@Test
	void registerWhenPasswordIsWeakThenRefused() {
		assertRefused(wingtip("wingtip.test", "rosa@wingtip.test", "short pass1"), "password",
				"registration.password.tooShort");
		assertRefused(wingtip("wingtip.test", "rosa@wingtip.test", "Rosa@Wingtip.test"), "password",
				"registration.password.sameAsEmail");
		assertRefused(wingtip("wingtip.test", "rosa@wingtip.test", "x".repeat(73)), "password",
				"registration.password.tooLong");
		NewCustomer mismatch = new NewCustomer("Wingtip Toys", "wingtip.test", "PT", Cloud.PUBLIC, "Rosa Díaz",
				"rosa@wingtip.test", PASSWORD, PASSWORD + "!");
		assertRefused(mismatch, "passwordConfirmation", "registration.passwordConfirmation.mismatch");
	}

	@Test
	void registerWhenDomainIsNotADnsNameThenRefused() {
		for (String domain : List.of("wingtip", "wing tip.test", "-wingtip.test", "wingtip-.test", "wingtip..test",
				"wingtip.123", "wingtip_toys.test", "a".repeat(64) + ".test")) {
			assertRefused(wingtip(domain, "rosa@wingtip.test", PASSWORD), "domain", "registration.domain.invalid");
		}
	}

	@Test
	void registerWhenCountryOrNamesAreInvalidThenRefused() {
		NewCustomer application = new NewCustomer(" ", "wingtip.test", "XX", Cloud.PUBLIC, "a".repeat(201),
				"not-an-address", PASSWORD, PASSWORD);

		assertThatExceptionOfType(RegistrationRefusedException.class)
			.isThrownBy(() -> this.registration.submit(application, ORIGIN))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactlyInAnyOrder(
					new RegistrationProblem("companyName", "registration.companyName.required"),
					new RegistrationProblem("country", "registration.country.invalid"),
					new RegistrationProblem("adminName", "registration.adminName.tooLong"),
					new RegistrationProblem("email", "registration.email.invalid")));
	}

	@Test
	void confirmWhenDomainWasTakenSinceTheCheckThenTheDatabaseRefusesIt() {
		this.registration.submit(wingtip("contoso.test", "rosa@contoso.test", PASSWORD), ORIGIN);
		String key = key("rosa@contoso.test");
		// As if another registration of the same domain was confirmed between check and
		// insert.
		willReturn(false).given(this.customers).existsByDomain(anyString());

		// The failed insert leaves the session unusable, so only the answer is checked;
		// the transaction is rolled back as in production.
		assertThatExceptionOfType(ConfirmationRefusedException.class).isThrownBy(() -> this.registration.confirm(key))
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo(ConfirmationRefusal.DOMAIN_TAKEN));
	}

	private String key(String email) {
		String path = RegistrationMail.confirmationPath(this.jdbc, email);
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private void assertRefused(NewCustomer application, String field, String messageKey) {
		assertThatExceptionOfType(RegistrationRefusedException.class)
			.isThrownBy(() -> this.registration.submit(application, ORIGIN))
			.satisfies((ex) -> assertThat(ex.getProblems()).contains(new RegistrationProblem(field, messageKey)));
		assertThat(this.jdbc.sql("select count(*) from pending_registration").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from outgoing_mail").query(Long.class).single()).isZero();
	}

	private static NewCustomer wingtip(String domain, String email, String password) {
		return new NewCustomer("Wingtip Toys", domain, "PT", Cloud.PUBLIC, "Rosa Díaz", email, password, password);
	}

}
