package com.partnerportal.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.relationship.ResellerRelationship;

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
@SpringBootTest
@AutoConfigureMockMvc
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

	private Long fabrikam;

	private Long northwind;

	private Long adatum;

	private Long contoso;

	/** A subscription Fabrikam sold to Adatum. */
	private Long adatumSubscription;

	/** The subscription Northwind sold to Contoso. */
	private Long contosoSubscription;

	private Long northwindUser;

	@BeforeEach
	void setUp() {
		this.fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		this.northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		this.adatum = this.demo.customerId("adatum.test");
		this.contoso = this.demo.customerId("contoso.test");
		Instant since = Instant.parse("2026-02-01T08:00:00Z");
		ResellerRelationship northwindContoso = this.relationships.relate(DemoAccounts.NORTHWIND, this.contoso, since);
		this.relationships.grant(northwindContoso, "AZURE_AD", since);
		this.entityManager.flush();
		this.jdbc.update("insert into subscription (customer_id, service_id, offer_name, seats, status,"
				+ " partner_of_record_id, support_contact_partner_id, created_at) values (?, ?, 'Office 365 E1', 10,"
				+ " 'ACTIVE', ?, ?, ?)", this.contoso, this.demo.serviceId("OFFICE_365"), this.northwind,
				this.northwind, java.sql.Timestamp.from(since));
		this.adatumSubscription = subscription(this.adatum, "Microsoft 365 Business Standard");
		this.contosoSubscription = subscription(this.contoso, "Office 365 E1");
		this.northwindUser = this.jdbc.queryForObject("select id from user_account where email = ?", Long.class,
				DemoAccounts.NORTHWIND_ADMIN);
	}

	@Test
	void partnerAskingForAnotherPartnersCustomerInTheUrlGetsNotFound() throws Exception {
		String contosos = "/partner/customers/" + this.contoso;
		assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN,
				get("/partner/customers").param("expand", "" + this.contoso), get(contosos + "/subscriptions"),
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
				"/partner/customers/" + this.contoso + "/subscriptions/" + this.contosoSubscription,
				"/partner/customers/" + this.adatum + "/subscriptions/" + this.contosoSubscription,
				"/partner/customers/" + this.contoso + "/subscriptions/" + this.adatumSubscription);
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put("seats/add", "seats=1");
		forms.put("seats/remove", "seats=1&confirmed=true");
		forms.put("addons", "addon=" + this.demo.addonId("Exchange Online Archiving") + "&quantity=1");
		forms.put("offer", "offer=" + this.demo.offerId("Office 365 E3"));
		forms.put("partner-of-record", "partner=" + this.fabrikam + "&confirmed=true");
		forms.put("support-contact", "partner=" + this.fabrikam);
		forms.put("suspend", "");
		forms.put("reactivate", "");
		forms.put("cancel", "");
		for (String path : paths) {
			for (Map.Entry<String, String> operation : forms.entrySet()) {
				String url = path + "/" + operation.getKey();
				assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN, get(url),
						form(post(url), operation.getValue() + "&version=0"));
			}
		}
	}

	@Test
	void partnerNamingAPartnerWithoutARelationshipInTheFormGetsNotFound() throws Exception {
		// Northwind has no relationship with Adatum: the choosers never list it, so its
		// id
		// comes only from a forged form, and must not even tell the partner's name.
		String subscription = "/partner/customers/" + this.adatum + "/subscriptions/" + this.adatumSubscription;
		String version = "&version=" + version(this.adatumSubscription);
		assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN,
				form(post(subscription + "/partner-of-record"), "partner=" + this.northwind + version),
				form(post(subscription + "/partner-of-record"),
						"partner=" + this.northwind + version + "&confirmed=true"),
				form(post(subscription + "/support-contact"), "partner=" + this.northwind + version));
	}

	@Test
	void globalAdminChangingAnotherPartnersUserGetsNotFound() throws Exception {
		String user = "/partner/users/" + this.northwindUser;
		assertNotFoundAndUnchanged(DemoAccounts.FABRIKAM_ADMIN, form(post(user + "/role"), "role=HELPDESK_AGENT"),
				get(user + "/disable"), post(user + "/disable"));
	}

	@Test
	void customerRemovingDelegatedAdminOfAnotherCustomersPartnerGetsNotFound() throws Exception {
		String remove = "/customer/partner-relationships/delegated-admin/remove";
		String northwind = "partner=" + this.northwind;
		String directory = "&service=" + this.demo.serviceId("AZURE_AD");
		assertNotFoundAndUnchanged(DemoAccounts.ADATUM_ADMIN, form(get(remove), northwind),
				form(get(remove), northwind + directory), form(post(remove), northwind),
				form(post(remove), northwind + directory));
	}

	private void assertNotFoundAndUnchanged(String email, MockHttpServletRequestBuilder... requests) throws Exception {
		for (MockHttpServletRequestBuilder request : requests) {
			Map<String, List<Map<String, Object>>> before = snapshot();
			int status = this.mvc.perform(request.with(this.demo.signedIn(email)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			String described = request.buildRequest(new org.springframework.mock.web.MockServletContext())
				.getRequestURI();
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

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String data) {
		for (String pair : data.split("&")) {
			if (!pair.isEmpty()) {
				String[] nameAndValue = pair.split("=", 2);
				request.param(nameAndValue[0], nameAndValue[1]);
			}
		}
		return request;
	}

	private Long subscription(Long customerId, String offer) {
		return this.jdbc.queryForObject("select id from subscription where customer_id = ? and offer_name = ?",
				Long.class, customerId, offer);
	}

	private Long version(Long subscriptionId) {
		return this.jdbc.queryForObject("select version from subscription where id = ?", Long.class, subscriptionId);
	}

}
