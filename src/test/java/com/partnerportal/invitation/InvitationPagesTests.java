package com.partnerportal.invitation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.FieldError;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.RegistrationMail;
import com.partnerportal.StoredSessions;
import com.partnerportal.TestPartners;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalTest
@Transactional
class InvitationPagesTests {

	private static final String AFTER_ANSWER = "/customer/partner-relationships";

	private static final String CONTOSO = "ga@contoso.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InvitationLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DemoAccounts demo;

	@Autowired
	TestPartners partners;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	StoredSessions sessions;

	@Test
	void landingWhenAnonymousThenNamesPartnerCountryCloudAndServices() {
		String token = fabrikamToken(true);

		MvcTestResult result = this.mvc.get().uri("/invitations/{token}", token).exchange();

		assertThat(result).hasStatusOk()
			.hasViewName("invitations/landing")
			.bodyText()
			.contains("Fabrikam Cloud Partners invites your organisation", "Spain", "Public cloud",
					"asks to become your reseller, with delegated administration", "<li>Azure Active Directory</li>",
					"<li>Office 365</li>", ">Sign in</a>", "href=\"/invitations/" + token + "/accept\"",
					"href=\"/invitations/" + token + "/register\"", "Create your organisation’s account")
			.doesNotContain("Dynamics 365", ">Continue</a>");
		assertThat(result).headers().hasValue("Referrer-Policy", "no-referrer");
	}

	@Test
	void landingWhenLinkWithoutDelegatedAdminThenSaysSo() {
		assertThat(this.mvc.get().uri("/invitations/{token}", fabrikamToken(false))).hasStatusOk()
			.bodyText()
			.contains("asks to become your reseller, without delegated administration privileges")
			.doesNotContain("Azure Active Directory");
	}

	@Test
	void landingWhenPartnerIsOutsideCspThenAsksToBecomeAdvisor() {
		PortalUser giulia = this.demo.user("ga@northwind.test");
		String token = this.links.invitationFor(giulia.partnerId(), false, giulia.actor()).token();

		assertThat(this.mvc.get().uri("/invitations/{token}", token)).hasStatusOk()
			.bodyText()
			.contains("Northwind Advisors asks to become your advisor", "Italy");
	}

	@Test
	void landingWhenCustomerIsSignedInThenOffersContinue() {
		String token = fabrikamToken(true);

		assertThat(this.mvc.get().uri("/invitations/{token}", token).with(this.demo.signedIn("ga@contoso.test")))
			.hasStatusOk()
			.bodyText()
			.contains(">Continue</a>", "href=\"/invitations/" + token + "/accept\"")
			.doesNotContain(">Sign in</a>", "/register\"");
	}

	@Test
	void landingWhenPartnerIsSignedInThenExplainsWhichAccountToUse() {
		assertThat(this.mvc.get()
			.uri("/invitations/{token}", fabrikamToken(true))
			.with(this.demo.signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("signed in with an account that does not belong to a customer");
	}

	@Test
	void invitationPagesWhenTokenIsTamperedThenNotFoundPageAndNothingWritten() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		char last = token.charAt(token.length() - 1);
		String changedMac = token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');
		int dot = token.indexOf('.');
		String changedMode = token.substring(0, dot + 1) + 'r' + token.substring(dot + 2);
		PortalUser elena = this.demo.user("ga@contoso.test");
		Cookie elenasSession = this.sessions.create();

		for (String tampered : new String[] { changedMac, changedMode, "unknown", "nokey.dAAAA", "x".repeat(500) }) {
			for (String path : new String[] { "", "/register", "/accept" }) {
				MvcTestResult result = this.mvc.get()
					.uri("/invitations/" + tampered + path)
					.cookie(elenasSession)
					.with(user(elena))
					.exchange();
				assertThat(result).hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Page not found");
				assertThat(result).headers().hasValue("Referrer-Policy", "no-referrer");
			}
			assertThat(this.mvc.post()
				.uri("/invitations/" + tampered + "/accept")
				.param("agreementAccepted", "true")
				.with(user(elena))
				.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.post().uri("/invitations/" + tampered + "/decline").with(user(elena)).with(csrf()))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.post()
				.uri("/invitations/" + tampered + "/register")
				.params(validRegistration())
				.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptWhenAnonymousThenSignInLeadsBackToTheAcceptPage() {
		String token = fabrikamToken(true);
		MvcTestResult anonymous = this.mvc.get().uri("/invitations/{token}/accept", token).exchange();
		assertThat(anonymous).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(anonymous).headers().hasValue("Referrer-Policy", "no-referrer");
		Cookie anonymousSession = this.sessions.setBy(anonymous);

		MvcTestResult signIn = this.mvc.post()
			.uri("/login")
			.cookie(anonymousSession)
			.param("username", "ga@contoso.test")
			.param("password", "demo-password")
			.with(csrf())
			.exchange();

		assertThat(signIn).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("http://localhost/invitations/" + token + "/accept");
		Cookie signedInSession = this.sessions.setBy(signIn);
		assertThat(signedInSession.getValue()).isNotEqualTo(anonymousSession.getValue());
		assertThat(this.mvc.get().uri(signIn.getResponse().getRedirectedUrl()).cookie(signedInSession)).hasStatusOk()
			.hasViewName("invitations/accept")
			.bodyText()
			.contains("Accept the invitation from Fabrikam Cloud Partners");
	}

	@Test
	void acceptPageWhenGlobalAdminThenSummarisesTheRequestAndAsksForTheAgreement() {
		String token = fabrikamToken(true);

		MvcTestResult result = this.mvc.get()
			.uri("/invitations/{token}/accept", token)
			.with(this.demo.signedIn("ga@contoso.test"))
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Fabrikam Cloud Partners", "Spain", "with delegated administration privileges for these services",
					"<li>Azure Active Directory</li>", "<li>Office 365</li>", "href=\"/customer-agreement\"",
					"version 2026-11", "I have read and accept the customer agreement", "Accept &amp; authorize",
					">Cancel</button>", "action=\"/invitations/" + token + "/decline\"")
			.doesNotContain("already has this relationship");
		assertThat(result).headers().hasValue("Referrer-Policy", "no-referrer");
	}

	@Test
	void acceptPageWhenAgreementAcceptedAndRelationshipInPlaceThenSaysAcceptingChangesNothing() {
		assertThat(this.mvc.get()
			.uri("/invitations/{token}/accept", fabrikamToken(true))
			.with(this.demo.signedIn("ga@adatum.test"))).hasStatusOk()
			.bodyText()
			.contains("already has this relationship with Fabrikam Cloud Partners", "Accept &amp; authorize")
			.doesNotContain("I have read and accept");
	}

	@Test
	void acceptPageWhenUserIsNotGlobalAdminThenNamesWhoCanAccept() {
		MvcTestResult result = this.mvc.get()
			.uri("/invitations/{token}/accept", fabrikamToken(true))
			.with(this.demo.signedIn("user@contoso.test"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
			.hasViewName("invitations/accept-not-allowed")
			.bodyText()
			.contains("Only a Global admin can answer this invitation", "Elena Navarro (ga@contoso.test)")
			.doesNotContain("Pablo Serrano (", "Accept &amp; authorize", "/decline");
	}

	@Test
	void acceptWhenUserIsNotGlobalAdminThenRefusedAndOnlyTheRefusedAttemptsAreRecorded() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		long mark = activityMark();
		PortalUser pablo = this.demo.user("user@contoso.test");

		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.with(user(pablo))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("Elena Navarro");
		assertThat(this.mvc.post().uri("/invitations/{token}/decline", token).with(user(pablo)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertOnlyActivityAdded(before, mark, "ACCEPTANCE_REFUSED_ROLE", "ACCEPTANCE_REFUSED_ROLE");
	}

	@Test
	void acceptPageWhenUserIsNotGlobalAdminThenTheViewAndTheRefusalAreRecordedOncePerSession() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		long mark = activityMark();
		Cookie session = this.sessions.create();

		for (int view = 0; view < 2; view++) {
			assertThat(this.mvc.get()
				.uri("/invitations/{token}/accept", token)
				.cookie(session)
				.with(this.demo.signedIn("user@contoso.test"))).hasStatus(HttpStatus.FORBIDDEN);
		}

		assertOnlyActivityAdded(before, mark, "INVITATION_VIEWED", "ACCEPTANCE_REFUSED_ROLE");
	}

	@Test
	void acceptWhenPartnerUserOrPlatformAdminThenForbidden() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		for (String email : new String[] { "ga@fabrikam.test", "ga@litware.test", "admin@portal.test" }) {
			PortalUser someone = this.demo.user(email);
			assertThat(this.mvc.get().uri("/invitations/{token}/accept", token).with(user(someone)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/invitations/{token}/accept", token)
				.param("agreementAccepted", "true")
				.with(user(someone))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri("/invitations/{token}/decline", token).with(user(someone)).with(csrf()))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptWhenPostedWithoutCsrfTokenThenForbiddenAndNothingWritten() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		PortalUser elena = this.demo.user("ga@contoso.test");

		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.with(user(elena))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/invitations/{token}/decline", token).with(user(elena)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/invitations/{token}/register", token).params(validRegistration()))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptWhenAgreementBoxIsNotTickedThenFormErrorAndNothingWritten() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("_agreementAccepted", "on")
			.with(this.demo.signedIn("ga@contoso.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("invitations/accept");
		assertThat(result).model()
			.extractingBindingResult("acceptanceForm")
			.hasFieldErrorCode("agreementAccepted", "acceptance.agreement.required");
		assertThat(result).bodyText().contains("Tick the box to accept the customer agreement");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptWhenAgreementBoxIsTickedThenRedirectsWithConfirmation() {
		String token = fabrikamToken(true);

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.param("_agreementAccepted", "on")
			.with(this.demo.signedIn("ga@contoso.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(AFTER_ANSWER);
		assertThat(result).flash()
			.containsEntry("flashMessage", "acceptance.flash.acceptedWithDelegatedAdmin")
			.hasEntrySatisfying("flashArguments", (arguments) -> assertThat((Object[]) arguments)
				.containsExactly("Fabrikam Cloud Partners", "Azure Active Directory, Office 365"));
		assertThat(count("select count(*) from reseller_relationship r join customer c on c.id = r.customer_id"
				+ " where c.domain = 'contoso.test' and r.state = 'ACTIVE'"))
			.isOne();
	}

	@Test
	void acceptWhenEverythingIsInPlaceThenRedirectsSayingNothingChanged() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.with(this.demo.signedIn("ga@adatum.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(AFTER_ANSWER);
		assertThat(result).flash().containsEntry("flashMessage", "acceptance.flash.nothingChanged");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptPageWhenAnotherCspPartnerHoldsDelegatedAdminThenOffersKeepOrMovePerServiceKeepChecked() {
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		Long directory = this.demo.serviceId("AZURE_AD");
		Long office = this.demo.serviceId("OFFICE_365");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);

		MvcTestResult page = this.mvc.get()
			.uri("/invitations/{token}/accept", token)
			.with(this.demo.signedIn("ga@adatum.test"))
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Only one CSP partner can hold delegated administration for a service at a time",
					"Azure Active Directory: delegated administration is held by Fabrikam Cloud Partners",
					"Office 365: delegated administration is held by Fabrikam Cloud Partners",
					"Keep Fabrikam Cloud Partners. Wingtip Partners gets no delegated administration for Office 365.",
					"Move delegated administration for Office 365 to Wingtip Partners. Fabrikam Cloud Partners loses"
							+ " it for Office 365, but stays your partner.",
					"name=\"choices[" + office + "]\" value=\"KEEP\" checked=\"checked\"",
					"name=\"choices[" + directory + "]\" value=\"KEEP\" checked=\"checked\"",
					"name=\"conflicts\" value=\"" + directory + ":" + fabrikam + "," + office + ":" + fabrikam + "\"",
					"Accept &amp; authorize")
			.doesNotContain("value=\"MOVE\" checked");
	}

	@Test
	void acceptWhenCustomerKeepsTheCurrentPartnerThenRelationshipWithoutDelegatedAdminAndSaysSo() {
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("conflicts", conflictsShown(token))
			.with(this.demo.signedIn("ga@adatum.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(AFTER_ANSWER);
		assertThat(result).flash()
			.containsEntry("flashMessage", "acceptance.flash.acceptedKeepingCurrentPartners")
			.hasEntrySatisfying("flashArguments", (arguments) -> assertThat((Object[]) arguments)
				.containsExactly("Wingtip Partners", "Azure Active Directory, Office 365"));
		assertThat(holders("adatum.test")).containsExactly("AZURE_AD:Fabrikam Cloud Partners",
				"OFFICE_365:Fabrikam Cloud Partners");
		assertThat(count("select count(*) from reseller_relationship where partner_id = " + wingtip.getPartner().getId()
				+ " and state = 'ACTIVE'"))
			.isOne();
	}

	@Test
	void acceptWhenCustomerMovesOneServiceThenItChangesHandsAndTheOldPartnerStays() {
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		Long office = this.demo.serviceId("OFFICE_365");

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("conflicts", conflictsShown(token))
			.param("choices[" + this.demo.serviceId("AZURE_AD") + "]", "KEEP")
			.param("choices[" + office + "]", "MOVE")
			.with(this.demo.signedIn("ga@adatum.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(AFTER_ANSWER);
		assertThat(result).flash()
			.containsEntry("flashMessage", "acceptance.flash.acceptedPartly")
			.hasEntrySatisfying("flashArguments", (arguments) -> assertThat((Object[]) arguments)
				.containsExactly("Wingtip Partners", "Office 365", "Azure Active Directory"));
		assertThat(holders("adatum.test")).containsExactly("AZURE_AD:Fabrikam Cloud Partners",
				"OFFICE_365:Wingtip Partners");
		assertThat(count("select count(*) from reseller_relationship r join customer c on c.id = r.customer_id"
				+ " where c.domain = 'adatum.test' and r.state = 'ACTIVE'"))
			.isEqualTo(2);
	}

	@Test
	void acceptWhenTheConflictsChangedMeanwhileThenShowsTheFreshStateAndWritesNothing() {
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		this.entityManager.flush();
		Map<String, Long> before = counts();

		// The page showed no conflict (as it would have before Fabrikam held anything).
		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("conflicts", "")
			.param("choices[" + this.demo.serviceId("OFFICE_365") + "]", "MOVE")
			.with(this.demo.signedIn("ga@adatum.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk()
			.hasViewName("invitations/accept")
			.bodyText()
			.contains("Someone changed your organisation’s delegated administration meanwhile, so nothing was changed",
					"Office 365: delegated administration is held by Fabrikam Cloud Partners")
			.doesNotContain("value=\"MOVE\" checked");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptWhenChoiceIsNeitherKeepNorMoveThenBadRequestAndNothingWritten() {
		PartnerUser wingtip = this.partners.cspPartner("Wingtip Partners", "PT", Region.EUROPE);
		String token = this.partners.token(wingtip, true);
		this.entityManager.flush();
		Map<String, Long> before = counts();

		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("conflicts", conflictsShown(token))
			.param("choices[" + this.demo.serviceId("OFFICE_365") + "]", "STEAL")
			.with(this.demo.signedIn("ga@adatum.test"))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptPageWhenCustomerIsOutsideThePartnersTerritoryThenExplainsWithTheCountriesItServesAndRecordsNothing() {
		PortalUser joao = this.demo.user("ga@litware.test");
		String token = this.links.invitationFor(joao.partnerId(), true, joao.actor()).token();
		Map<String, Long> before = counts();
		long mark = activityMark();

		assertThat(this.mvc.get().uri("/invitations/{token}/accept", token).with(this.demo.signedIn(CONTOSO)))
			.hasStatusOk()
			.bodyText()
			.contains("Litware Brasil cannot work with your organisation, because your organisation is in Spain",
					"Litware Brasil works in the region Latin America and serves organisations in these countries:",
					"Argentina", "Brazil", "Chile", "Mexico", "Uruguay")
			.doesNotContain("Accept &amp; authorize", "Portugal");

		// A look is not an answer: Litware may not serve a Spanish customer, so its log
		// learns nothing of this one.
		assertOnlyActivityAdded(before, mark);
	}

	@Test
	void acceptWhenCustomerIsOutsideThePartnersTerritoryThenRefusedAndOnlyTheAttemptIsRecorded() {
		PortalUser joao = this.demo.user("ga@litware.test");
		String token = this.links.invitationFor(joao.partnerId(), true, joao.actor()).token();
		Map<String, Long> before = counts();
		long mark = activityMark();

		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.with(this.demo.signedIn(CONTOSO))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("This partner does not serve your organisation’s country, so nothing was changed.",
					"because your organisation is in Spain");

		assertOnlyActivityAdded(before, mark, "ACCEPTANCE_REFUSED_TERRITORY");
	}

	@Test
	void acceptPageWhenSignedInCustomerOpensItTwiceInASessionThenTheViewIsRecordedOnce() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		long mark = activityMark();
		Cookie session = this.sessions.create();

		for (int view = 0; view < 3; view++) {
			assertThat(this.mvc.get()
				.uri("/invitations/{token}/accept", token)
				.cookie(session)
				.with(this.demo.signedIn(CONTOSO))).hasStatusOk();
		}

		assertOnlyActivityAdded(before, mark, "INVITATION_VIEWED");
	}

	@Test
	void acceptWhenPartnerIsInAnotherCloudThenExplainsNamingBothCloudsAndOnlyTheAttemptIsRecorded() {
		PortalUser morgan = this.demo.user("ga@tailspin.test");
		String token = this.links.invitationFor(morgan.partnerId(), true, morgan.actor()).token();
		Map<String, Long> before = counts();
		long mark = activityMark();

		MvcTestResult post = this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.with(this.demo.signedIn(CONTOSO))
			.with(csrf())
			.exchange();

		assertThat(post).hasStatusOk()
			.bodyText()
			.contains("This partner works in a different cloud than your organisation, so nothing was changed.",
					"Tailspin Government Solutions works in the US Government cloud, and your organisation is in the Public cloud")
			.doesNotContain("Accept &amp; authorize");
		assertOnlyActivityAdded(before, mark, "ACCEPTANCE_REFUSED_CLOUD");
	}

	@Test
	void declineWhenGlobalAdminThenRedirectsWithConfirmationAndChangesNoRelationship() {
		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/decline", fabrikamToken(true))
			.with(this.demo.signedIn("ga@contoso.test"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(AFTER_ANSWER);
		assertThat(result).flash().containsEntry("flashMessage", "acceptance.flash.declined");
		assertThat(count("select count(*) from invitation_response r join customer c on c.id = r.customer_id"
				+ " where r.outcome = 'DECLINED' and c.domain = 'contoso.test'"))
			.isOne();
		assertThat(count("select count(*) from reseller_relationship r join customer c on c.id = r.customer_id"
				+ " where c.domain = 'contoso.test'"))
			.isZero();
	}

	@Test
	void registerPageWhenAnonymousThenPreselectsThePartnersCountryAndNamesItsCloud() {
		MvcTestResult result = this.mvc.get().uri("/invitations/{token}/register", fabrikamToken(true)).exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("<option value=\"ES\" selected=\"selected\">Spain</option>",
					"<option value=\"IT\">Italy</option>",
					"created in the Public cloud, the cloud Fabrikam Cloud Partners works in", "name=\"_csrf\"",
					"Fabrikam Cloud Partners works with organisations in these countries: Albania, Andorra, Austria");
		assertThat(result).headers().hasValue("Referrer-Policy", "no-referrer");
	}

	@Test
	void registerWhenInputIsInvalidThenFormErrorsAndNothingWritten() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/register", token)
			.param("companyName", "")
			.param("domain", "contoso.test")
			.param("country", "ZZ")
			.param("adminName", "Rosa Díaz")
			.param("email", "ga@contoso.test")
			.param("password", "short")
			.param("passwordConfirmation", "different")
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("invitations/register");
		// Whether the domain or the address has an account is not said here: only the
		// mail to the address tells, and only once the form has no errors.
		assertThat(result).model()
			.extractingBindingResult("registration")
			.hasFieldErrorCode("country", "registration.country.invalid")
			.hasFieldErrorCode("password", "registration.password.tooShort")
			.hasFieldErrorCode("passwordConfirmation", "registration.passwordConfirmation.mismatch")
			.hasFieldErrors("companyName")
			.satisfies((errors) -> assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
				.doesNotContain("domain", "email"));
		assertThat(result).bodyText()
			.contains("Enter your organisation’s name.", "Choose a password of at least 12")
			.doesNotContain("value=\"short\"", "An organisation with this domain already has an account",
					"An account with this e-mail address exists already");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void registerWhenCountryIsOutsideThePartnersTerritoryThenFormErrorNamingItsCountriesAndNothingWritten() {
		String token = fabrikamToken(true);
		Map<String, Long> before = counts();
		MultiValueMap<String, String> form = validRegistration();
		form.set("country", "BR");

		MvcTestResult result = this.mvc.post()
			.uri("/invitations/{token}/register", token)
			.params(form)
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("invitations/register");
		assertThat(result).model()
			.extractingBindingResult("registration")
			.hasFieldErrorCode("country", "registration.country.outsideTerritory");
		assertThat(result).bodyText()
			.contains(
					"Fabrikam Cloud Partners can only work with organisations in these countries: Albania, Andorra, Austria",
					"Spain", "Switzerland", "United Kingdom",
					"Registering here would not let you accept its invitation");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void registerWhenValidThenTheConfirmationSignsTheNewGlobalAdminInAndLeadsToTheAcceptPage() {
		String token = fabrikamToken(true);

		MvcTestResult result = RegistrationMail.registerAndConfirm(this.mvc, token, validRegistration(),
				JdbcClient.create(this.jdbc));

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/invitations/" + token + "/accept");
		assertThat(result).flash().containsEntry("flashMessage", "registration.flash.registered");
		Cookie session = this.sessions.setBy(result);
		SecurityContext context = this.sessions.find(session)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		PortalUser rosa = (PortalUser) context.getAuthentication().getPrincipal();
		assertThat(rosa.getUsername()).isEqualTo("rosa@wingtip.test");
		assertThat(rosa.customerRole()).isEqualTo(CustomerRole.GLOBAL_ADMIN);
		assertThat(rosa.organisationName()).isEqualTo("Wingtip Toys");
		assertThat(this.mvc.get().uri("/invitations/{token}/accept", token).cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Signed in as Rosa Díaz, Wingtip Toys", "I have read and accept the customer agreement");
	}

	@Test
	void customerAgreementWhenAnonymousThenShowsVersionDateAndSections() {
		assertThat(this.mvc.get().uri("/customer-agreement")).hasStatusOk()
			.bodyText()
			.contains("Customer agreement", "Version 2026-11, in force since 1 November 2026",
					"3. Delegated administration", "6. Changes to this agreement");
	}

	static MultiValueMap<String, String> validRegistration() {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("companyName", "Wingtip Toys");
		form.add("domain", "wingtip.test");
		form.add("country", "PT");
		form.add("adminName", "Rosa Díaz");
		form.add("email", "rosa@wingtip.test");
		form.add("password", "a long enough passphrase");
		form.add("passwordConfirmation", "a long enough passphrase");
		return form;
	}

	private Map<String, Long> counts() {
		this.entityManager.flush();
		return Map.of("activity", count("select count(*) from activity_log"), "responses",
				count("select count(*) from invitation_response"), "relationships",
				count("select count(*) from reseller_relationship"), "grants",
				count("select count(*) from delegated_admin_grant where active"), "history",
				count("select count(*) from relationship_history"), "customers", count("select count(*) from customer"),
				"registrations", count("select count(*) from pending_registration"), "mail",
				count("select count(*) from outgoing_mail"), "agreements",
				count("select count(*) from customer where agreement_version is not null"));
	}

	private long activityMark() {
		this.entityManager.flush();
		return count("select coalesce(max(id), 0) from activity_log");
	}

	/**
	 * Nothing but activity-log entries changed since {@code before} was counted: these
	 * actions, in this order, after the entry {@code mark}.
	 */
	private void assertOnlyActivityAdded(Map<String, Long> before, long mark, String... actions) {
		Map<String, Long> after = new HashMap<>(counts());
		Map<String, Long> expected = new HashMap<>(before);
		expected.put("activity", before.get("activity") + actions.length);
		assertThat(after).isEqualTo(expected);
		assertThat(
				this.jdbc.queryForList("select action from activity_log where id > ? order by id", String.class, mark))
			.containsExactly(actions);
	}

	private String conflictsShown(String token) {
		return this.acceptance.preview(token, this.demo.customerId("adatum.test")).plan().conflictsKey();
	}

	/**
	 * @return the customer's CSP delegated-admin holders, as {@code SERVICE:Partner}
	 */
	private List<String> holders(String domain) {
		this.entityManager.flush();
		return this.jdbc.queryForList("""
				select s.code || ':' || p.name from delegated_admin_grant g
				join cloud_service s on s.id = g.service_id join reseller_relationship r on r.id = g.relationship_id
				join partner p on p.id = r.partner_id join customer c on c.id = g.customer_id
				where c.domain = ? and g.csp_holder_customer_id is not null order by s.sort_order
				""", String.class, domain);
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private String fabrikamToken(boolean delegatedAdmin) {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		String token = this.links.invitationFor(ana.partnerId(), delegatedAdmin, ana.actor()).token();
		this.entityManager.flush();
		return token;
	}

}
