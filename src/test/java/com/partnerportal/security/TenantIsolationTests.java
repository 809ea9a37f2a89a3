package com.partnerportal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The ids of another partner's or another customer's records, in the URL or in a form
 * field, answer 404 as an unknown id would, and change nothing: every table holds the
 * same rows afterwards, the activity log included.
 * <p>
 * Fabrikam's Global admin and Adatum's Global admin act; they may do everything asked
 * with their own records (see {@link AuthorizationMatrixTests}). The other tenants are
 * Northwind, a partner related to Contoso only, with a subscription it sold to Contoso
 * and delegated admin there, and Contoso itself.
 */
@PortalTest
@Transactional
class TenantIsolationTests {

	/** Every table a request could write to. */
	private static final List<String> TABLES = List.of("partner", "customer", "user_account", "reseller_relationship",
			"delegated_admin_grant", "relationship_history", "invitation_link", "invitation_response", "subscription",
			"subscription_addon", "activity_log");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships relationships;

	/** A subscription Fabrikam sold to Adatum. */
	private Long adatumSubscription;

	/** The subscription Northwind sold to Contoso. */
	private Long contosoSubscription;

	private Long northwindUser;

	private Tenants tenants;

	@BeforeEach
	void setUp() {
		this.tenants = new Tenants(this.demo);
		Instant since = Instant.parse("2026-02-01T08:00:00Z");
		this.tenants.relateNorthwindToContoso(this.relationships, this.entityManager, since);
		this.jdbc.update("insert into subscription (customer_id, service_id, offer_name, seats, status,"
				+ " partner_of_record_id, support_contact_partner_id, created_at) values (?, ?, 'Office 365 E1', 10,"
				+ " 'ACTIVE', ?, ?, ?)", this.tenants.contoso, this.demo.serviceId("OFFICE_365"),
				this.tenants.northwind, this.tenants.northwind, Timestamp.from(since));
		this.adatumSubscription = subscription(this.tenants.adatum, "Microsoft 365 Business Standard");
		this.contosoSubscription = subscription(this.tenants.contoso, "Office 365 E1");
		this.northwindUser = this.jdbc.queryForObject("select id from user_account where email = ?", Long.class,
				DemoAccounts.NORTHWIND_ADMIN);
	}

	@Test
	void partnerAskingForAnotherPartnersCustomerInTheUrlGetsNotFound() throws Exception {
		String contosos = "/partner/customers/" + this.tenants.contoso;
		assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN,
				get("/partner/customers").param("expand", "" + this.tenants.contoso), get(contosos + "/subscriptions"),
				get(contosos + "/relationship/remove"), post(contosos + "/relationship/remove"));
	}

	@Test
	void partnerOperatingOnAnotherPartnersSubscriptionGetsNotFound() throws Exception {
		// Another partner's customer and its subscription; the partner's own customer
		// with
		// another customer's subscription; another partner's customer with the partner's
		// own
		// subscription.
		List<String> paths = List.of(
				"/partner/customers/" + this.tenants.contoso + "/subscriptions/" + this.contosoSubscription,
				"/partner/customers/" + this.tenants.adatum + "/subscriptions/" + this.contosoSubscription,
				"/partner/customers/" + this.tenants.contoso + "/subscriptions/" + this.adatumSubscription);
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put("seats/add", "seats=1");
		forms.put("seats/remove", "seats=1&confirmed=true");
		forms.put("addons", "addon=" + this.demo.addonId("Exchange Online Archiving") + "&quantity=1");
		forms.put("offer", "offer=" + this.demo.offerId("Office 365 E3"));
		forms.put("partner-of-record", "partner=" + this.tenants.fabrikam + "&confirmed=true");
		forms.put("support-contact", "partner=" + this.tenants.fabrikam);
		forms.put("suspend", "");
		forms.put("reactivate", "");
		forms.put("cancel", "");
		for (String path : paths) {
			for (Map.Entry<String, String> operation : forms.entrySet()) {
				String url = path + "/" + operation.getKey();
				assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN, get(url),
						FormData.with(post(url), operation.getValue() + "&version=0"));
			}
		}
	}

	@Test
	void partnerNamingAPartnerWithoutARelationshipInTheFormGetsNotFound() throws Exception {
		// Northwind has no relationship with Adatum: the choosers never list it, so its
		// id
		// comes only from a forged form, and must not even tell the partner's name.
		String subscription = "/partner/customers/" + this.tenants.adatum + "/subscriptions/" + this.adatumSubscription;
		String version = "&version=" + version(this.adatumSubscription);
		assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN,
				FormData.with(post(subscription + "/partner-of-record"), "partner=" + this.tenants.northwind + version),
				FormData.with(post(subscription + "/partner-of-record"),
						"partner=" + this.tenants.northwind + version + "&confirmed=true"),
				FormData.with(post(subscription + "/support-contact"), "partner=" + this.tenants.northwind + version));
	}

	@Test
	void globalAdminChangingAnotherPartnersUserGetsNotFound() throws Exception {
		String user = "/partner/users/" + this.northwindUser;
		assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN,
				FormData.with(post(user + "/role"), "role=HELPDESK_AGENT"), get(user + "/disable"),
				post(user + "/disable"));
	}

	@Test
	void customerRemovingDelegatedAdminOfAnotherCustomersPartnerGetsNotFound() throws Exception {
		String remove = "/customer/partner-relationships/delegated-admin/remove";
		String northwind = "partner=" + this.tenants.northwind;
		String directory = "&service=" + this.demo.serviceId("AZURE_AD");
		assertNotFoundAndUnchanged(DemoAccounts.ADATUM_ADMIN, FormData.with(get(remove), northwind),
				FormData.with(get(remove), northwind + directory), FormData.with(post(remove), northwind),
				FormData.with(post(remove), northwind + directory));
	}

	private void assertNotFoundAndUnchanged(String email, MockHttpServletRequestBuilder... requests) throws Exception {
		for (MockHttpServletRequestBuilder request : requests) {
			Map<String, List<Map<String, Object>>> before = snapshot();
			int status = this.mvc.perform(request.with(this.demo.signedIn(email)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			String described = request.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(status).as("%s as %s", described, email).isEqualTo(404);
			assertThat(snapshot()).as("rows after %s as %s", described, email).isEqualTo(before);
		}
	}

	/**
	 * @return every row of every table a request could write to, written out first
	 */
	private Map<String, List<Map<String, Object>>> snapshot() {
		this.entityManager.flush();
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, this.jdbc.queryForList("select * from " + table + " order by id"));
		}
		return rows;
	}

	private Long subscription(Long customerId, String offer) {
		return this.jdbc.queryForObject("select id from subscription where customer_id = ? and offer_name = ?",
				Long.class, customerId, offer);
	}

	private Long version(Long subscriptionId) {
		return this.jdbc.queryForObject("select version from subscription where id = ?", Long.class, subscriptionId);
	}

}
