package com.partnerportal.relationship;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.StoredSessions;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
@Transactional
class PartnerRelationshipsControllerTests {

	private static final String PAGE = "/customer/partner-relationships";

	private static final String REMOVE = PAGE + "/delegated-admin/remove";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredSessions sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	ResellerRelationshipRepository relationships;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DemoAccounts demo;

	private String fabrikam;

	private String directory;

	private String office;

	/**
	 * The newest activity entry before the test: the demo gives Adatum months of history,
	 * a removal of delegated admin among it.
	 */
	private ActivityBaseline activityBefore;

	@BeforeEach
	void setUp() {
		this.activityBefore = ActivityBaseline.take(this.jdbc);
		this.fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM).toString();
		this.directory = this.demo.serviceId("AZURE_AD").toString();
		this.office = this.demo.serviceId("OFFICE_365").toString();
	}

	@Test
	void listWhenAdatumGlobalAdminThenFabrikamPerServiceWithDelegatedAdminAndRemoveLinks() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(PAGE))).hasStatusOk()
			.bodyText()
			.contains("Partner relationships", "Fabrikam Cloud Partners", "Spain", "Reseller", "Azure Active Directory",
					"Office 365", "Dynamics 365", "Delegated admin", "since", "Does not apply",
					"Remove delegated admin from all partners", "Remove for all services")
			.doesNotContain("Only a Global admin");
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(PAGE))).body()
			.asString()
			.contains(REMOVE + "?partner=" + this.fabrikam + "&amp;service=" + this.directory)
			.contains(REMOVE + "?partner=" + this.fabrikam + "&amp;service=" + this.office)
			.contains(REMOVE + "?partner=" + this.fabrikam + "\"")
			.contains(REMOVE + "?scope=all\"");
	}

	@Test
	void listWhenCustomerWithoutPartnersThenEmptyState() {
		assertThat(as(DemoAccounts.CONTOSO_ADMIN, this.mvc.get().uri(PAGE))).hasStatusOk()
			.bodyText()
			.contains("No partner has a relationship with your organisation yet", "invitation link")
			.doesNotContain("Remove delegated admin");
	}

	@Test
	void listWhenOrdinaryUserThenReadOnlyAndNamesTheGlobalAdmins() {
		assertThat(as(DemoAccounts.CONTOSO_USER, this.mvc.get().uri(PAGE))).hasStatusOk()
			.bodyText()
			.contains("Only a Global admin can remove delegated admin privileges", "Elena Navarro")
			.doesNotContain("Remove delegated admin");
	}

	@Test
	void listWhenOrdinaryUserOfCustomerWithPartnersThenNoRemoveLinks() {
		this.jdbc.update("update user_account set customer_global_admin = false where email = ?",
				DemoAccounts.ADATUM_ADMIN);

		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(PAGE))).hasStatusOk()
			.body()
			.asString()
			.contains("Fabrikam Cloud Partners", "Only a Global admin can remove delegated admin privileges")
			.doesNotContain(REMOVE);
	}

	@Test
	void listWhenFlashFromAcceptanceThenShowsIt() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.get()
					.uri(PAGE)
					.cookie(this.sessions.withFlash("relationships.removed.PARTNER_SERVICE", "Fabrikam Cloud Partners",
							"Office 365", "Office 365", ""))))
			.hasStatusOk()
			.bodyText()
			.contains(
					"Delegated admin privileges removed: Fabrikam Cloud Partners can no longer administer Office 365.");
	}

	@Test
	void confirmWhenOneServiceOfOnePartnerThenSaysWhatGoesAndThatTheRelationshipStays() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.get().uri(REMOVE).param("partner", this.fabrikam).param("service", this.directory)))
			.hasStatusOk()
			.bodyText()
			.contains(
					"Fabrikam Cloud Partners will no longer have delegated admin privileges for Azure Active Directory.",
					"Your relationship with Fabrikam Cloud Partners stays: it remains your reseller and your support contact")
			.doesNotContain("Office 365");
		assertThat(holds(this.directory)).isTrue();
	}

	@Test
	void confirmWhenEveryServiceOfOnePartnerThenListsTheServices() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(REMOVE).param("partner", this.fabrikam)))
			.hasStatusOk()
			.bodyText()
			.contains("will no longer have delegated admin privileges for any of your services",
					"Azure Active Directory", "Office 365", "remains your reseller");
	}

	@Test
	void confirmWhenEveryPartnerThenListsPartnersAndServices() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(REMOVE).param("scope", "all"))).hasStatusOk()
			.bodyText()
			.contains("No partner will have delegated admin privileges for any of your services",
					"Fabrikam Cloud Partners: Azure Active Directory", "Fabrikam Cloud Partners: Office 365",
					"Every partner relationship stays");
	}

	@Test
	void confirmWhenNothingToRemoveThenSaysSoWithoutAButton() {
		removeDirectoryAsAdatum();

		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.get().uri(REMOVE).param("partner", this.fabrikam).param("service", this.directory)))
			.hasStatusOk()
			.bodyText()
			.contains("There is nothing to remove")
			.doesNotContain("will no longer have");
	}

	@Test
	void confirmWhenPartnerNotRelatedToThisCustomerThenNotFound() {
		assertThat(as(DemoAccounts.CONTOSO_ADMIN, this.mvc.get().uri(REMOVE).param("partner", this.fabrikam)))
			.hasStatus(HttpStatus.NOT_FOUND);
		String northwind = this.demo.partnerId(DemoAccounts.NORTHWIND).toString();
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(REMOVE).param("partner", northwind)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void confirmWhenServiceOutsideDelegatedAdminThenBadRequestWithExplanation() {
		String dynamics = this.demo.serviceId("DYNAMICS_365").toString();

		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.get().uri(REMOVE).param("partner", this.fabrikam).param("service", dynamics)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Delegated admin privileges do not exist for Dynamics 365");
	}

	@Test
	void confirmWhenIdsNotNumericThenBadRequest() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(REMOVE).param("partner", "fabrikam")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.get().uri(REMOVE).param("partner", this.fabrikam).param("service", "1 or 1=1")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void confirmWhenNeitherPartnerNorEveryPartnerThenBadRequest() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(REMOVE))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(REMOVE).param("scope", "everyone")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.get().uri(REMOVE).param("scope", "all").param("partner", this.fabrikam)))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void removeWhenConfirmedThenRemovesAndRedirectsWithConfirmation() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, removeDirectory())).hasStatus3xxRedirection()
			.hasRedirectedUrl(PAGE)
			.flash()
			.containsEntry("flashMessage", "relationships.removed.PARTNER_SERVICE");
		assertThat(holds(this.directory)).isFalse();
		assertThat(holds(this.office)).isTrue();
		assertThat(relationshipActive()).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_log where action = 'DELEGATED_ADMIN_REMOVED' and customer_id = ? and id > ?",
				Integer.class, adatum(), this.activityBefore.lastEntryBefore()))
			.isEqualTo(1);
	}

	@Test
	void removeWhenEveryPartnerThenEveryGrantGoes() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.post().uri(REMOVE).param("scope", "all").with(csrf())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "relationships.removed.EVERYTHING");
		assertThat(holds(this.directory)).isFalse();
		assertThat(holds(this.office)).isFalse();
		assertThat(relationshipActive()).isTrue();
	}

	@Test
	void removeWhenNothingLeftThenSaysSoAndWritesNothing() {
		removeDirectoryAsAdatum();
		int entries = activityEntries();

		assertThat(as(DemoAccounts.ADATUM_ADMIN, removeDirectory())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "relationships.removed.nothing");
		assertThat(activityEntries()).isEqualTo(entries);
	}

	@Test
	void removeWhenNoCsrfTokenThenForbiddenAndNothingChanges() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.post().uri(REMOVE).param("scope", "all")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(holds(this.directory)).isTrue();
		assertThat(holds(this.office)).isTrue();
	}

	@Test
	void removeWhenPartnerUserThenForbiddenAndNothingChanges() {
		assertThat(as("ga@fabrikam.test", this.mvc.post().uri(REMOVE).param("partner", this.fabrikam).with(csrf())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(holds(this.directory)).isTrue();
	}

	@Test
	void removeWhenPartnerNotRelatedToThisCustomerThenNotFound() {
		assertThat(as(DemoAccounts.CONTOSO_ADMIN,
				this.mvc.post().uri(REMOVE).param("partner", this.fabrikam).with(csrf())))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(holds(this.directory)).isTrue();
	}

	@Test
	void removeWhenIdsNotNumericThenBadRequestAndNothingChanges() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.post().uri(REMOVE).param("partner", "x").param("service", this.directory).with(csrf())))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(holds(this.directory)).isTrue();
	}

	@Test
	void removeWhenServiceOutsideDelegatedAdminThenBadRequest() {
		String azure = this.demo.serviceId("AZURE").toString();

		assertThat(as(DemoAccounts.ADATUM_ADMIN,
				this.mvc.post().uri(REMOVE).param("partner", this.fabrikam).param("service", azure).with(csrf())))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void listWhenDelegatedAdminRestoredThenShownAgain() {
		removeDirectoryAsAdatum();
		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(PAGE))).bodyText().contains("No delegated admin");

		ResellerRelationship relationship = this.relationships
			.findByPartnerIdAndCustomerId(Long.valueOf(this.fabrikam), adatum())
			.orElseThrow();
		relationship.grantDelegatedAdmin(this.catalogue.findById(Long.valueOf(this.directory)).orElseThrow(),
				Instant.parse("2026-07-14T08:00:00Z"), DemoRelationships.SET_UP);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(as(DemoAccounts.ADATUM_ADMIN, this.mvc.get().uri(PAGE))).bodyText()
			.contains("since Jul 14, 2026")
			.doesNotContain("No delegated admin");
	}

	/**
	 * The confirmed removal of Fabrikam's delegated admin for the directory.
	 */
	private MockMvcRequestBuilder removeDirectory() {
		return this.mvc.post()
			.uri(REMOVE)
			.param("partner", this.fabrikam)
			.param("service", this.directory)
			.with(csrf());
	}

	private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
		return request.with(this.demo.signedIn(email));
	}

	private void removeDirectoryAsAdatum() {
		assertThat(as(DemoAccounts.ADATUM_ADMIN, removeDirectory())).hasStatus3xxRedirection();
	}

	private Long adatum() {
		return this.demo.customerId("adatum.test");
	}

	private boolean holds(String serviceId) {
		this.entityManager.flush();
		Boolean active = this.jdbc.queryForObject(
				"select g.active from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id "
						+ "where r.partner_id = ? and r.customer_id = ? and g.service_id = ?",
				Boolean.class, Long.valueOf(this.fabrikam), adatum(), Long.valueOf(serviceId));
		return Boolean.TRUE.equals(active);
	}

	private boolean relationshipActive() {
		this.entityManager.flush();
		String state = this.jdbc.queryForObject(
				"select state from reseller_relationship where partner_id = ? and customer_id = ?", String.class,
				Long.valueOf(this.fabrikam), adatum());
		return "ACTIVE".equals(state);
	}

	private int activityEntries() {
		this.entityManager.flush();
		Integer count = this.jdbc.queryForObject("select count(*) from activity_log", Integer.class);
		return (count != null) ? count : 0;
	}

}
