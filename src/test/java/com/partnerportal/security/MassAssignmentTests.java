package com.partnerportal.security;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.DemoRelationships;
import com.partnerportal.account.Actor;
import com.partnerportal.invitation.InvitationLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No request can set a field its form does not have. Forms bind to records of their own,
 * never to entities, so a partner id, a state or a flag cannot ride along; and posting
 * such fields to each form anyway changes nothing but what the form is for.
 */
@PortalTest
@Transactional
class MassAssignmentTests {

	private static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships relationships;

	@Autowired
	InvitationLinks links;

	private Tenants tenants;

	@BeforeEach
	void setUp() {
		this.tenants = new Tenants(this.demo);
	}

	@Test
	void formBoundParametersAreRecordsAndNeverEntities() {
		Set<String> forms = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().values().forEach((method) -> {
				for (MethodParameter parameter : method.getMethodParameters()) {
					if (isFormBound(parameter)) {
						Class<?> type = parameter.getParameterType();
						forms.add(type.getSimpleName());
						assertThat(type.isRecord()).as("%s binds %s, which is not a record", method, type).isTrue();
						assertNotPersistent(type, method.toString());
						for (RecordComponent component : type.getRecordComponents()) {
							assertNotPersistent(component.getType(), method + " (" + component.getName() + ")");
						}
					}
				}
			}));
		// The scan finds the forms it is about, so it cannot pass by finding none.
		assertThat(forms).contains("PartnerForm", "PartnerUserForm", "SeatsForm", "PartnerChoiceForm",
				"DelegatedAdminRemovalForm", "RegistrationForm", "AcceptanceForm", "PreferencesForm",
				"RelationshipRequestForm", "DraftEmailForm", "ActivityFilterForm");
	}

	@Test
	void seatsFormIgnoresTheSubscriptionsOtherFields() throws Exception {
		Long subscription = this.jdbc.queryForObject(
				"select id from subscription where customer_id = ? and offer_name = 'Microsoft 365 Business Standard'",
				Long.class, this.tenants.adatum);
		String before = subscriptionRow(subscription);

		submit(DemoAccounts.FABRIKAM_ADMIN,
				"/partner/customers/" + this.tenants.adatum + "/subscriptions/" + subscription + "/seats/add", "seats",
				"1", "version", "" + version(subscription), "id", "1", "customerId", "" + this.tenants.contoso,
				"partnerOfRecordId", "" + this.tenants.northwind, "supportContactPartnerId",
				"" + this.tenants.northwind, "status", "CANCELLED", "offerName", "Office 365 E5", "serviceId",
				"" + this.demo.serviceId("AZURE"));

		assertThat(subscriptionRow(subscription)).isEqualTo(before.replace("seats=45", "seats=46"));
	}

	@Test
	void newPartnerUserBelongsToTheGlobalAdminsPartnerWithTheRoleChosen() throws Exception {
		submit(DemoAccounts.FABRIKAM_ADMIN, "/partner/users", "name", "Nico New", "email", "new@fabrikam.test", "role",
				"HELPDESK_AGENT", "password", PASSWORD, "passwordConfirmation", PASSWORD, "partnerId",
				"" + this.tenants.northwind, "partner", "" + this.tenants.northwind, "partnerRole", "GLOBAL_ADMIN",
				"kind", "PLATFORM_ADMIN", "enabled", "false");

		assertThat(this.jdbc.queryForMap(
				"select kind, partner_id, partner_role, enabled from user_account where email = 'new@fabrikam.test'"))
			.containsEntry("kind", "PARTNER")
			.containsEntry("partner_id", this.tenants.fabrikam)
			.containsEntry("partner_role", "HELPDESK_AGENT")
			.containsEntry("enabled", true);
	}

	@Test
	void preferencesChangeOnlyTheSignedInUsersLanguageAndZone() throws Exception {
		Long other = userId(DemoAccounts.NORTHWIND_ADMIN);
		String otherBefore = userRow(other);
		Long own = userId(DemoAccounts.FABRIKAM_ADMIN);

		submit(DemoAccounts.FABRIKAM_ADMIN, "/account/preferences", "language", "es", "timeZone", "Europe/Madrid",
				"userId", "" + other, "id", "" + other, "email", "taken@fabrikam.test", "displayName", "Someone Else",
				"partnerRole", "ADMIN_AGENT");

		assertThat(userRow(other)).isEqualTo(otherBefore);
		assertThat(this.jdbc.queryForMap(
				"select email, display_name, partner_role, locale, time_zone from user_account where id = ?", own))
			.containsEntry("email", DemoAccounts.FABRIKAM_ADMIN)
			.containsEntry("display_name", "Ana García")
			.containsEntry("partner_role", "GLOBAL_ADMIN")
			.containsEntry("locale", "es")
			.containsEntry("time_zone", "Europe/Madrid");
	}

	@Test
	void registrationJoinsThePartnersCloudAsGlobalAdminWithoutAcceptingTheAgreement() throws Exception {
		String token = token(false);

		submit(null, "/invitations/" + token + "/register", "companyName", "Mass Robotics", "domain",
				"mass-robotics.test", "country", "ES", "adminName", "Mara Mass", "email", "ga@mass-robotics.test",
				"password", PASSWORD, "passwordConfirmation", PASSWORD, "cloud", "US_GOVERNMENT", "agreementVersion",
				"2026-11", "customerGlobalAdmin", "false");
		// The confirmation takes no form: what it creates comes from the stored
		// registration alone.
		submit(null, RegistrationMail.confirmationPath(JdbcClient.create(this.jdbc), "ga@mass-robotics.test"), "cloud",
				"US_GOVERNMENT", "agreementVersion", "2026-11", "customerGlobalAdmin", "false", "domain", "other.test");

		assertThat(this.jdbc
			.queryForMap("select cloud, agreement_version from customer where domain = 'mass-robotics.test'"))
			.containsEntry("cloud", "PUBLIC")
			.containsEntry("agreement_version", null);
		assertThat(this.jdbc.queryForMap(
				"select kind, customer_global_admin, partner_id from user_account where email = 'ga@mass-robotics.test'"))
			.containsEntry("kind", "CUSTOMER")
			.containsEntry("customer_global_admin", true)
			.containsEntry("partner_id", null);
	}

	@Test
	void acceptingALinkWithoutDelegatedAdminGrantsNoneWhateverTheFormSays() throws Exception {
		String token = token(false);
		long adatumRelationships = relationshipsOf(this.tenants.adatum);

		submit(DemoAccounts.CONTOSO_ADMIN, "/invitations/" + token + "/accept", "agreementAccepted", "true",
				"delegatedAdmin", "true", "includeDelegatedAdmin", "true", "customerId", "" + this.tenants.adatum,
				"partnerId", "" + this.tenants.northwind, "customer", "" + this.tenants.adatum);

		assertThat(this.jdbc.queryForObject(
				"select count(*) from reseller_relationship where customer_id = ? and partner_id = ? and state = 'ACTIVE'",
				Long.class, this.tenants.contoso, this.tenants.fabrikam))
			.isOne();
		assertThat(
				this.jdbc.queryForObject("select count(*) from delegated_admin_grant where customer_id = ? and active",
						Long.class, this.tenants.contoso))
			.isZero();
		assertThat(relationshipsOf(this.tenants.adatum)).isEqualTo(adatumRelationships);
	}

	@Test
	void delegatedAdminRemovalReachesOnlyTheSignedInUsersCustomer() throws Exception {
		Instant since = Instant.parse("2026-02-01T08:00:00Z");
		this.tenants.relateNorthwindToContoso(this.relationships, this.entityManager, since);

		submit(DemoAccounts.ADATUM_ADMIN, "/customer/partner-relationships/delegated-admin/remove", "scope", "all",
				"customer", "" + this.tenants.contoso, "customerId", "" + this.tenants.contoso);

		assertThat(activeGrants(this.tenants.adatum)).isZero();
		assertThat(activeGrants(this.tenants.contoso)).isOne();
	}

	@Test
	void relationshipRequestMakesTheSignedInUsersPartnersLink() throws Exception {
		submit(DemoAccounts.FABRIKAM_ADMIN, "/partner/relationship-requests", "includeDelegatedAdmin", "true",
				"partnerId", "" + this.tenants.northwind, "partner", "" + this.tenants.northwind, "token",
				"chosen-by-the-client");

		assertThat(this.jdbc.queryForList("select partner_id from invitation_link", Long.class))
			.containsExactly(this.tenants.fabrikam);
	}

	@Test
	void newPartnerGetsANewIdWhateverTheFormSays() throws Exception {
		String fabrikamBefore = this.jdbc.queryForMap("select * from partner where id = ?", this.tenants.fabrikam)
			.toString();

		submit(DemoAccounts.PLATFORM_ADMIN, "/admin/partners", "name", "Mass Partners", "country", "ES", "region",
				"EUROPE", "cloud", "PUBLIC", "cspMember", "true", "adminName", "Max Mass", "adminEmail",
				"ga@mass-partners.test", "password", PASSWORD, "passwordConfirmation", PASSWORD, "id",
				"" + this.tenants.fabrikam, "version", "7");

		assertThat(this.jdbc.queryForMap("select * from partner where id = ?", this.tenants.fabrikam).toString())
			.isEqualTo(fabrikamBefore);
		assertThat(this.jdbc.queryForObject("select id from partner where name = 'Mass Partners'", Long.class))
			.isNotEqualTo(this.tenants.fabrikam);
	}

	/**
	 * Posts a form the way its page would, plus the extra fields, and checks it
	 * succeeded: a test of ignored fields means nothing if the form was refused.
	 */
	private void submit(@Nullable String email, String url, String... namesAndValues) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		if (email != null) {
			request.with(this.demo.signedIn(email));
		}
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("POST %s", url).isBetween(300, 399);
		this.entityManager.flush();
	}

	private static boolean isFormBound(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type.getPackageName().startsWith("com.partnerportal")
				&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
				&& !parameter.hasParameterAnnotation(PathVariable.class)
				&& !parameter.hasParameterAnnotation(RequestParam.class);
	}

	private static void assertNotPersistent(Class<?> type, String where) {
		assertThat(type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
				|| type.isAnnotationPresent(MappedSuperclass.class))
			.as("%s binds the persistent type %s", where, type.getName())
			.isFalse();
	}

	private String token(boolean delegatedAdmin) {
		Actor admin = this.demo.user(DemoAccounts.FABRIKAM_ADMIN).actor();
		return this.links.invitationFor(this.tenants.fabrikam, delegatedAdmin, admin).token();
	}

	private Long userId(String email) {
		return this.jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
	}

	private String userRow(Long id) {
		return this.jdbc.queryForMap("select * from user_account where id = ?", id).toString();
	}

	private String subscriptionRow(Long id) {
		return this.jdbc
			.queryForMap("select id, customer_id, service_id, offer_name, seats, status, partner_of_record_id,"
					+ " support_contact_partner_id from subscription where id = ?", id)
			.toString();
	}

	private long version(Long subscriptionId) {
		return this.jdbc.queryForObject("select version from subscription where id = ?", Long.class, subscriptionId);
	}

	private long relationshipsOf(Long customerId) {
		return this.jdbc.queryForObject("select count(*) from reseller_relationship where customer_id = ?", Long.class,
				customerId);
	}

	private long activeGrants(Long customerId) {
		return this.jdbc.queryForObject("select count(*) from delegated_admin_grant where customer_id = ? and active",
				Long.class, customerId);
	}

}
