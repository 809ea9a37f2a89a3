package com.partnerportal.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.DemoAccounts;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.PortalTest;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
@Transactional
class AdminControllerTests {

	private static final String ADMIN = "admin@portal.test";

	private static final String HELD = "<span class=\"badge on\">Held</span>";

	private static final String NOT_HELD = "<span class=\"badge off\">Not held</span>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PartnerRepository partners;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	@Test
	void homeWhenPlatformAdminThenShowsCountsAndLinks() {
		assertThat(get("/admin", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Portal overview", "Relationships in force", "<dd>73</dd>", "<dd>5</dd>", "<dd>74</dd>",
					"<dd>112</dd>", "href=\"/admin/relationships\"", "href=\"/admin/partners\"");
	}

	@Test
	void relationshipsWhenNoServiceChosenThenShowsFirstDelegatedAdminServiceWithCounts() {
		assertThat(get("/admin/relationships", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Relationships for Azure Active Directory", "Counts per service", "\">73</td>", "\">61</td>",
					"\">51</td>", "Does not apply", "Showing 1\u201320 of 73")
			.contains("Adatum Italia", "Fabrikam Cloud Partners", "Reseller");
	}

	@Test
	void relationshipsWhenFilteredByCustomerThenShowsFabrikamAdatumHoldingDelegatedAdmin() {
		assertThat(get("/admin/relationships?service=" + this.demo.serviceId("AZURE_AD") + "&customer=ADATUM", ADMIN))
			.hasStatusOk()
			.bodyText()
			.contains("Adatum Italia", "Fabrikam Cloud Partners", HELD, "Showing 1\u20131 of 1")
			.doesNotContain("Alpine Media", NOT_HELD);
	}

	@Test
	void relationshipsWhenServiceWithoutGrantThenShowsNotHeld() {
		assertThat(get("/admin/relationships?service=" + this.demo.serviceId("OFFICE_365") + "&customer=atlas robotics",
				ADMIN))
			.hasStatusOk()
			.bodyText()
			.contains("Atlas Robotics", NOT_HELD)
			.doesNotContain(HELD);
	}

	@Test
	void relationshipsWhenDelegatedAdminDoesNotApplyThenSaysSo() {
		assertThat(
				get("/admin/relationships?service=" + this.demo.serviceId("DYNAMICS_365") + "&customer=adatum", ADMIN))
			.hasStatusOk()
			.bodyText()
			.contains("Relationships for Dynamics 365", "Adatum Italia", "Does not apply")
			.doesNotContain(HELD, NOT_HELD);
	}

	@Test
	void relationshipsWhenFilteredByPartnerThenMatchesTheStartIgnoringCase() {
		assertThat(get("/admin/relationships?partner=fabrikam cloud PART", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Fabrikam Cloud Partners", "Showing 1\u201320 of 61");
		assertThat(get("/admin/relationships?partner=cloud", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("No relationship in force matches these filters.");
		// Northwind advises three customers; its relationship with Trey Research ended.
		assertThat(get("/admin/relationships?partner=northwind", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Lucerne Publishing Italia", "Coho Winery", "Alpine Media", "Showing 1\u20133 of 3")
			.doesNotContain("Adatum Italia", "Trey Research Milano", "Fabrikam Cloud Partners");
	}

	@Test
	void relationshipsWhenFilterHasWildcardsThenMatchesThemLiterally() {
		assertThat(get("/admin/relationships?customer=%25", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("No relationship in force matches these filters.");
		assertThat(get("/admin/relationships?customer=_", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("No relationship in force matches these filters.");
	}

	@Test
	void relationshipsWhenFilteredByCustomerThenCountsFollowTheFilter() {
		assertThat(get("/admin/relationships?customer=atlas", ADMIN)).hasStatusOk()
			.bodyText()
			// Atlas Legal (both services), Atlas Robotics and Atlas Travel (directory
			// only)
			.contains("Showing 1\u20133 of 3", "\">3</td>", "\">1</td>");
	}

	@Test
	void relationshipsWhenSecondPageThenShowsNextTwenty() {
		assertThat(get("/admin/relationships?page=1", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Showing 21\u201340 of 73", "Falcon Media", "rel=\"prev\"", "rel=\"next\"")
			.doesNotContain("Adatum Italia", "Zenith Energy");
		assertThat(get("/admin/relationships?page=3", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Showing 61\u201373 of 73", "Zenith Energy");
	}

	@Test
	void relationshipsWhenPagePastTheEndThenShowsLastPage() {
		assertThat(get("/admin/relationships?page=99999", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Showing 61\u201373 of 73", "Zenith Energy");
	}

	@Test
	void relationshipsWhenUnknownServiceThenNotFound() {
		assertThat(get("/admin/relationships?service=987654", ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void relationshipsWhenParametersAreNotNumbersThenBadRequest() {
		assertThat(get("/admin/relationships?service=abc", ADMIN)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get("/admin/relationships?page=two", ADMIN)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get("/admin/partners?page=x", ADMIN)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void partnersWhenPlatformAdminThenListsPartnersWithUserCounts() {
		assertThat(get("/admin/partners", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Fabrikam Cloud Partners", "Spain", "Europe", "Public cloud", "\">4</td>", "Northwind Advisors",
					"Italy", "Tailspin Government Solutions", "US Government cloud", "Litware Brasil", "Brazil",
					"Lamna Cloud GmbH", "Germany cloud", "Showing 1\u20135 of 5");
	}

	@Test
	void partnersWhenSearchedByNameThenListsMatchesOnly() {
		assertThat(get("/admin/partners?name=WIND", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Northwind Advisors", "\">1</td>")
			.doesNotContain("Fabrikam Cloud Partners");
		assertThat(get("/admin/partners?name=nobody", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("No partner&#39;s name contains this text.");
	}

	@Test
	void newPartnerFormWhenPlatformAdminThenOffersCountriesRegionsAndClouds() {
		assertThat(get("/admin/partners/new", ADMIN)).hasStatusOk()
			.bodyText()
			.contains("Add a partner", "<option value=\"ES\">Spain</option>", "Middle East and Africa", "Germany cloud",
					"name=\"cspMember\"", "name=\"_csrf\"");
	}

	@Test
	void createWhenValidThenCreatesPartnerAndGlobalAdminWhoCanSignIn() {
		assertThat(this.mvc.post()
			.uri("/admin/partners")
			.with(as(ADMIN))
			.with(csrf())
			.params(validPartner("Contoso Resellers", "first.admin@contoso-resellers.test"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/partners")
			.flash()
			.containsEntry("flashMessage", "admin.partners.created");

		Partner partner = this.partners.findByNameContainingIgnoreCase("Contoso Resellers", unpaged())
			.getContent()
			.get(0);
		assertThat(partner.getCountry()).isEqualTo("PT");
		assertThat(partner.isCspMember()).isTrue();
		PortalUser admin = this.demo.user("First.Admin@contoso-resellers.test");
		assertThat(admin.partnerId()).isEqualTo(partner.getId());
		assertThat(admin.partnerRole()).isEqualTo(PartnerRole.GLOBAL_ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(this.activityLog.entriesForPartner(partner.getId())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.PARTNER_CREATED, ActivityAction.USER_CREATED);
		assertThat(this.activityLog.entriesForPartner(partner.getId()).get(1).getNewValue())
			.isEqualTo("first.admin@contoso-resellers.test: GLOBAL_ADMIN");
	}

	@Test
	void createWhenNameTakenIgnoringCaseThenFormErrorAndNothingWritten() {
		assertThat(post(validPartner("fabrikam CLOUD partners", "new@fabrikam2.test"))).hasStatusOk()
			.bodyText()
			.contains("A partner with this name exists already.");
		assertThat(this.accounts.existsByEmail("new@fabrikam2.test")).isFalse();
	}

	@Test
	void createWhenEmailTakenThenFormErrorAndNothingWritten() {
		assertThat(post(validPartner("Brand New Partner", "GA@northwind.test"))).hasStatusOk()
			.bodyText()
			.contains("An account with this e-mail address exists already.");
		assertThat(this.partners.existsByNameIgnoreCase("Brand New Partner")).isFalse();
	}

	@Test
	void createWhenPasswordWeakThenFormErrorAndNothingWritten() {
		MultiValueMap<String, String> shortPassword = validPartner("Brand New Partner", "ga@brand-new.test");
		shortPassword.set("password", "too-short");
		shortPassword.set("passwordConfirmation", "too-short");
		assertThat(post(shortPassword)).hasStatusOk().bodyText().contains("at least 12 characters", "and at most 72");

		MultiValueMap<String, String> emailAsPassword = validPartner("Brand New Partner", "ga@brand-new.test");
		emailAsPassword.set("password", "GA@brand-new.test");
		emailAsPassword.set("passwordConfirmation", "GA@brand-new.test");
		assertThat(post(emailAsPassword)).hasStatusOk()
			.bodyText()
			.contains("The password cannot be the e-mail address.");

		MultiValueMap<String, String> mismatch = validPartner("Brand New Partner", "ga@brand-new.test");
		mismatch.set("passwordConfirmation", "something-else-entirely");
		assertThat(post(mismatch)).hasStatusOk().bodyText().contains("The two passwords are not the same.");

		assertThat(this.partners.existsByNameIgnoreCase("Brand New Partner")).isFalse();
		assertThat(this.accounts.existsByEmail("ga@brand-new.test")).isFalse();
	}

	@Test
	void createWhenFieldsMissingOrInvalidThenFormErrors() {
		MultiValueMap<String, String> invalid = validPartner("", "not-an-email");
		invalid.set("region", "");
		invalid.set("cloud", "");
		assertThat(post(invalid)).hasStatusOk()
			.bodyText()
			.contains("Enter the partner&#39;s name.", "Enter a valid e-mail address",
					"Choose the region or market the partner serves.", "Choose the partner&#39;s cloud.");

		MultiValueMap<String, String> unknownRegion = validPartner("Brand New Partner", "ga@brand-new.test");
		unknownRegion.set("region", "ATLANTIS");
		assertThat(post(unknownRegion)).hasStatusOk().bodyText().contains("Choose a region or market from the list.");

		MultiValueMap<String, String> unknownCountry = validPartner("Brand New Partner", "ga@brand-new.test");
		unknownCountry.set("country", "XX");
		assertThat(post(unknownCountry)).hasStatusOk().bodyText().contains("Choose a country from the list.");
		assertThat(this.partners.existsByNameIgnoreCase("Brand New Partner")).isFalse();
	}

	@Test
	void createWhenCheckboxClearedThenCreatesPartnerOutsideTheCspProgramme() {
		MultiValueMap<String, String> cleared = validPartner("Advisors Only", "ga@advisors-only.test");
		cleared.remove("cspMember");
		assertThat(post(cleared)).hasStatus3xxRedirection();
		assertThat(this.partners.findByNameContainingIgnoreCase("Advisors Only", unpaged()).getContent())
			.singleElement()
			.satisfies((partner) -> assertThat(partner.isCspMember()).isFalse());
	}

	@Test
	void createWhenRequestEmptyThenFormErrorsNotServerError() {
		assertThat(this.mvc.post().uri("/admin/partners").with(as(ADMIN)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter the partner&#39;s name.", "Choose the partner&#39;s country.",
					"Enter the Global admin&#39;s e-mail address.", "Enter an initial password.");
	}

	@Test
	void createWhenCsrfTokenMissingThenForbiddenAndNothingWritten() {
		assertThat(this.mvc.post()
			.uri("/admin/partners")
			.with(as(ADMIN))
			.params(validPartner("Brand New Partner", "ga@brand-new.test"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.partners.existsByNameIgnoreCase("Brand New Partner")).isFalse();
		assertThat(this.accounts.existsByEmail("ga@brand-new.test")).isFalse();
	}

	@Test
	void createWhenPartnerUserThenForbidden() {
		assertThat(this.mvc.post()
			.uri("/admin/partners")
			.with(as("ga@fabrikam.test"))
			.with(csrf())
			.params(validPartner("Brand New Partner", "ga@brand-new.test"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.partners.existsByNameIgnoreCase("Brand New Partner")).isFalse();
	}

	private MockMvcRequestBuilder get(String uri, String email) {
		return this.mvc.get().uri(uri).with(as(email));
	}

	private MockMvcRequestBuilder post(MultiValueMap<String, String> params) {
		return this.mvc.post().uri("/admin/partners").with(as(ADMIN)).with(csrf()).params(params);
	}

	private RequestPostProcessor as(String email) {
		return this.demo.signedIn(email);
	}

	private static org.springframework.data.domain.Pageable unpaged() {
		return org.springframework.data.domain.Pageable.unpaged();
	}

	private static MultiValueMap<String, String> validPartner(String name, String email) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("name", name);
		params.add("country", "PT");
		params.add("region", "EUROPE");
		params.add("cloud", "PUBLIC");
		params.add("cspMember", "true");
		params.add("_cspMember", "on");
		params.add("adminName", "Rita Sousa");
		params.add("adminEmail", email);
		params.add("password", "a-long-enough-password");
		params.add("passwordConfirmation", "a-long-enough-password");
		return params;
	}

}
