package com.partnerportal.invitation.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.invitation.Invitation;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalTest
@Transactional
class RelationshipRequestControllerTests {

	private static final String BASE = "/partner/relationship-requests";

	private static final Pattern CHECKBOX = Pattern
		.compile("<input type=\"checkbox\"[^>]*name=\"includeDelegatedAdmin\"[^>]*>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@Test
	void newFormWhenGlobalAdminThenBoxCheckedAndServicesListed() {
		MvcTestResult result = this.mvc.get()
			.uri(BASE + "/new")
			.with(this.demo.signedIn("ga@fabrikam.test"))
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("invitations/request");
		String html = html(result);
		String checkbox = checkbox(html);
		assertThat(checkbox).contains("checked=\"checked\"").doesNotContain("disabled");
		assertThat(html).contains("name=\"_includeDelegatedAdmin\"")
			.contains("Include delegated administration privileges")
			.contains("<li>Azure Active Directory</li>", "<li>Office 365</li>")
			.doesNotContain("<li>Dynamics 365</li>")
			.contains("do not make you the partner of record")
			.contains("href=\"/partner/customers\"");
	}

	@Test
	void newFormWhenAdminAgentThenBoxChecked() {
		MvcTestResult result = this.mvc.get()
			.uri(BASE + "/new")
			.with(this.demo.signedIn("agent@fabrikam.test"))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(checkbox(html(result))).contains("checked=\"checked\"");
	}

	@Test
	void everyUrlWhenSalesOrHelpdeskAgentThenForbidden() {
		for (String email : List.of("sales@fabrikam.test", "helpdesk@fabrikam.test")) {
			PortalUser agent = this.demo.user(email);
			assertThat(this.mvc.get().uri(BASE + "/new").with(user(agent))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri(BASE).param("includeDelegatedAdmin", "true").with(user(agent)).with(csrf()))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri(BASE + "/draft?delegatedAdmin=true").with(user(agent)))
				.hasStatus(HttpStatus.FORBIDDEN);
			for (String action : List.of("open", "copy")) {
				assertThat(this.mvc.post()
					.uri(BASE + "/draft")
					.param("delegatedAdmin", "true")
					.param("subject", "s")
					.param("body", "b")
					.param("action", action)
					.with(user(agent))
					.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThat(this.mvc.post().uri(BASE + "/done").with(user(agent)).with(csrf()))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.invitationLinks.existingInvitation(agent.partnerId(), true)).isEmpty();
		}
	}

	@Test
	void createWhenNoCsrfTokenThenForbiddenAndNoLink() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");

		assertThat(this.mvc.post().uri(BASE).param("includeDelegatedAdmin", "true").with(user(ana)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(BASE + "/done").with(user(ana))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.invitationLinks.existingInvitation(ana.partnerId(), true)).isEmpty();
		assertThat(this.activityLog.entriesForPartner(ana.partnerId()))
			.noneMatch((entry) -> entry.getAction().name().equals("INVITATION_LINK_CREATED"));
	}

	@Test
	void createWhenBoxClearedThenDraftWithoutDelegatedAdmin() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");

		assertThat(this.mvc.post().uri(BASE).param("_includeDelegatedAdmin", "on").with(user(ana)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(BASE + "/draft?delegatedAdmin=false");

		Invitation shown = showDraft(ana, false);
		assertThat(shown.delegatedAdmin()).isFalse();
		assertThat(this.invitationLinks.resolve(shown.token()))
			.hasValueSatisfying((resolved) -> assertThat(resolved.delegatedAdmin()).isFalse());
	}

	@Test
	void createWhenBoxCheckedThenDraftWithDelegatedAdmin() {
		PortalUser bruno = this.demo.user("agent@fabrikam.test");

		assertThat(this.mvc.post()
			.uri(BASE)
			.param("_includeDelegatedAdmin", "on")
			.param("includeDelegatedAdmin", "true")
			.with(user(bruno))
			.with(csrf())).redirectedUrl().isEqualTo(BASE + "/draft?delegatedAdmin=true");

		Invitation shown = showDraft(bruno, true);
		assertThat(this.invitationLinks.resolve(shown.token()))
			.hasValueSatisfying((resolved) -> assertThat(resolved.delegatedAdmin()).isTrue());
	}

	@Test
	void createWhenChoiceNotBooleanThenBadRequest() {
		assertThat(this.mvc.post()
			.uri(BASE)
			.param("includeDelegatedAdmin", "maybe")
			.with(this.demo.signedIn("ga@fabrikam.test"))
			.with(csrf())).hasStatus4xxClientError();
	}

	@Test
	void newFormWhenNationalCloudPartnerThenBoxCheckedDisabledWithReason() {
		MvcTestResult result = this.mvc.get()
			.uri(BASE + "/new")
			.with(this.demo.signedIn("ga@tailspin.test"))
			.exchange();

		assertThat(result).hasStatusOk();
		String html = html(result);
		assertThat(checkbox(html)).contains("checked=\"checked\"").contains("disabled");
		assertThat(html).contains("Partners in the US Government cloud always include delegated administration");
	}

	@Test
	void createWhenNationalCloudPartnerForgesNoDelegatedAdminThenRefusedWithReasonAndNoLinkCreated() {
		PortalUser morgan = this.demo.user("ga@tailspin.test");
		// The demo's history of Tailspin comes first.
		int entriesBefore = this.activityLog.entriesForPartner(morgan.partnerId()).size();

		MvcTestResult result = this.mvc.post()
			.uri(BASE)
			.param("_includeDelegatedAdmin", "on")
			.with(user(morgan))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("invitations/request");
		String html = html(result);
		assertThat(html).contains("Partners in the US Government cloud must include delegated administration"
				+ " privileges in every invitation", "Nothing was created");
		assertThat(checkbox(html)).contains("checked=\"checked\"").contains("disabled");
		assertThat(this.jdbc.queryForObject("select count(*) from invitation_link where partner_id = ?", Long.class,
				morgan.partnerId()))
			.isZero();
		List<ActivityLogEntry> entries = this.activityLog.entriesForPartner(morgan.partnerId());
		assertThat(entries.subList(entriesBefore, entries.size())).extracting(ActivityLogEntry::getAction)
			.containsExactly(ActivityAction.RELATIONSHIP_REQUEST_REFUSED_CLOUD);
		assertThat(draftPage(morgan, false)).hasStatus3xxRedirection().hasRedirectedUrl(BASE + "/new");
	}

	@Test
	void createWhenNationalCloudPartnerSendsThePagesHiddenFieldThenDraftWithDelegatedAdmin() {
		PortalUser morgan = this.demo.user("ga@tailspin.test");

		assertThat(this.mvc.post()
			.uri(BASE)
			.param("includeDelegatedAdmin", "true")
			.param("_includeDelegatedAdmin", "on")
			.with(user(morgan))
			.with(csrf())).redirectedUrl().isEqualTo(BASE + "/draft?delegatedAdmin=true");

		assertThat(showDraft(morgan, true).delegatedAdmin()).isTrue();
	}

	@Test
	void newFormWhenShownThenNamesTheCountriesWhoseCustomersCanAccept() {
		assertThat(this.mvc.get().uri(BASE + "/new").with(this.demo.signedIn("ga@fabrikam.test"))).hasStatusOk()
			.bodyText()
			.contains("Who can accept", "your region (Europe)", "Austria", "Portugal", "Spain", "Switzerland",
					"United Kingdom")
			.doesNotContain("Brazil", "United States");
		assertThat(this.mvc.get().uri(BASE + "/new").with(this.demo.signedIn("ga@litware.test"))).hasStatusOk()
			.bodyText()
			.contains("your region (Latin America)", "Argentina", "Brazil", "Mexico")
			.doesNotContain("Spain");
	}

	@Test
	void draftWhenShownThenAbsoluteLinkAndNoCustomerData() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		request(ana, true);

		MvcTestResult result = draftPage(ana, true);

		assertThat(result).hasStatusOk().hasViewName("invitations/draft");
		Invitation invitation = (Invitation) model(result, "invitation");
		String link = (String) model(result, "link");
		DraftEmailForm draft = (DraftEmailForm) model(result, "draftEmailForm");
		assertThat(link).isEqualTo("http://localhost/invitations/" + invitation.token());
		assertThat(draft.subject()).isEqualTo("Fabrikam Cloud Partners would like to be your reseller");
		assertThat(draft.body()).contains(link)
			.contains("Fabrikam Cloud Partners")
			.contains("delegated administration privileges")
			.contains("Azure Active Directory, Office 365");
		assertThat((String) model(result, "mailto")).isEqualTo(MailtoLink.of(draft.subject(), draft.body()));
		String html = html(result);
		assertThat(html).contains("value=\"" + link + "\"")
			.containsPattern("src=\"/js/invitation-draft-[0-9a-f]{32}\\.js\"");
		for (String customerData : this.jdbc
			.queryForList("select company_name from customer union select domain from customer", String.class)) {
			assertThat(draft.subject()).doesNotContain(customerData);
			assertThat(draft.body()).doesNotContain(customerData);
			assertThat(html).doesNotContain(customerData);
		}
	}

	@Test
	void draftWhenResellerOnlyThenTextDoesNotAskForPrivileges() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		request(ana, false);

		DraftEmailForm draft = (DraftEmailForm) model(draftPage(ana, false), "draftEmailForm");

		assertThat(draft.body()).contains("We are not asking for administration privileges")
			.doesNotContain("Azure Active Directory");
	}

	@Test
	void draftWhenNoLinkYetThenBackToRequestPageWithoutCreatingOne() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");

		assertThat(draftPage(ana, true)).redirectedUrl().isEqualTo(BASE + "/new");
		assertThat(this.invitationLinks.existingInvitation(ana.partnerId(), true)).isEmpty();
	}

	@Test
	void draftWhenChoiceNotBooleanOrMissingThenBadRequest() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		request(ana, true);

		assertThat(this.mvc.get().uri(BASE + "/draft?delegatedAdmin=maybe").with(user(ana)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri(BASE + "/draft").with(user(ana))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri(BASE + "/draft")
			.param("delegatedAdmin", "maybe")
			.param("subject", "s")
			.param("body", "b")
			.param("action", "open")
			.with(user(ana))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void openWhenLinkIntactThenRedirectsToEncodedMailto() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);
		String link = draftLink(ana, true);
		String edited = "Hola & hello?\r\n" + draft.body();

		MvcTestResult result = postDraft(ana, true, draft.subject() + " #1", edited, "open");

		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getHeader("Location");
		assertThat(location).isEqualTo(MailtoLink.of(draft.subject() + " #1", edited))
			.startsWith("mailto:?subject=Fabrikam%20Cloud%20Partners%20would%20like%20to%20be%20your%20reseller%20%231"
					+ "&body=Hola%20%26%20hello%3F%0D%0AHello%2C%0D%0A%0D%0A")
			.contains(MailtoLink.encode(link))
			.doesNotContain("+")
			.doesNotContain(" ");
	}

	@Test
	void openWhenLinkRemovedThenWarnsInsteadOfRedirecting() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);
		String link = draftLink(ana, true);

		MvcTestResult result = postDraft(ana, true, draft.subject(), draft.body().replace(link, "(link)"), "open");

		assertThat(result).hasStatusOk().hasViewName("invitations/draft").model().containsEntry("linkMissing", true);
		assertThat(result).bodyText()
			.contains("The message no longer contains your invitation link")
			.contains("Open anyway")
			.contains("formaction=\"/partner/relationship-requests/draft?delegatedAdmin=true&amp;withoutLink=true\"")
			.contains("(link)");
	}

	@Test
	void openWhenLinkRemovedAndPartnerGoesOnAnywayThenRedirects() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, false);

		MvcTestResult result = this.mvc.post()
			.uri(BASE + "/draft?withoutLink=true")
			.param("delegatedAdmin", "false")
			.param("subject", draft.subject())
			.param("body", "Link follows in another email.")
			.param("action", "open")
			.with(user(ana))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("&body=Link%20follows%20in%20another%20email.");
	}

	@Test
	void copyWhenLinkIntactThenReadOnlyFocusedTextToCopy() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);

		MvcTestResult result = postDraft(ana, true, draft.subject(), draft.body(), "copy");

		assertThat(result).hasStatusOk()
			.model()
			.containsEntry("copyText", draft.subject() + "\n\n" + draft.body())
			.doesNotContainKey("linkMissing");
		String html = html(result);
		Matcher copyArea = Pattern.compile("<textarea id=\"copy-text\"[^>]*>").matcher(html);
		assertThat(copyArea.find()).isTrue();
		assertThat(copyArea.group()).contains("readonly").contains("autofocus");
		assertThat(html).contains("Press Ctrl+A and then Ctrl+C")
			.doesNotContain("id=\"copy-panel\" class=\"card\" hidden");
	}

	@Test
	void copyWhenLinkRemovedThenWarnsWithContinueAnyway() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);

		MvcTestResult result = postDraft(ana, true, draft.subject(), "No link here", "copy");

		assertThat(result).hasStatusOk().model().containsEntry("linkMissing", true).doesNotContainKey("copyText");
		assertThat(result).bodyText().contains("Continue anyway");
	}

	@Test
	void openWhenSubjectBlankOrTextTooLongThenFormErrors() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);

		assertThat(postDraft(ana, true, " ", draft.body(), "open")).hasStatusOk()
			.hasViewName("invitations/draft")
			.bodyText()
			.contains("Enter a subject.");
		assertThat(postDraft(ana, true, "x".repeat(201), draft.body(), "open")).hasStatusOk()
			.bodyText()
			.contains("Keep the subject to 200 characters or fewer.");
		assertThat(postDraft(ana, true, draft.subject(), draft.body() + "x".repeat(5000), "copy")).hasStatusOk()
			.bodyText()
			.contains("Keep the message to 5000 characters or fewer.");
		assertThat(postDraft(ana, true, draft.subject(), "", "copy")).hasStatusOk()
			.bodyText()
			.contains("Enter a message.");
	}

	@Test
	void openWhenMailtoWouldBeTooLongThenSuggestsCopying() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);

		MvcTestResult result = postDraft(ana, true, draft.subject(), "Запрос ".repeat(500) + draft.body(), "open");

		assertThat(result).hasStatusOk().bodyText().contains("too long to open in your email application");
	}

	@Test
	void draftPostWhenActionUnknownThenBadRequest() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		DraftEmailForm draft = draftAfterRequest(ana, true);

		assertThat(postDraft(ana, true, draft.subject(), draft.body(), "send")).hasStatus4xxClientError();
	}

	@Test
	void doneWhenPostedThenCustomersPageWithConfirmation() {
		assertThat(this.mvc.post().uri(BASE + "/done").with(this.demo.signedIn("agent@fabrikam.test")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/partner/customers")
			.flash()
			.containsEntry("flashMessage", "invitation.draft.done");
	}

	private void request(PortalUser user, boolean delegatedAdmin) {
		assertThat(this.mvc.post()
			.uri(BASE)
			.param("_includeDelegatedAdmin", "on")
			.param("includeDelegatedAdmin", String.valueOf(delegatedAdmin))
			.with(user(user))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult draftPage(PortalUser user, boolean delegatedAdmin) {
		return this.mvc.get().uri(BASE + "/draft?delegatedAdmin={d}", delegatedAdmin).with(user(user)).exchange();
	}

	private Invitation showDraft(PortalUser user, boolean delegatedAdmin) {
		MvcTestResult result = draftPage(user, delegatedAdmin);
		assertThat(result).hasStatusOk();
		return (Invitation) model(result, "invitation");
	}

	private DraftEmailForm draftAfterRequest(PortalUser user, boolean delegatedAdmin) {
		request(user, delegatedAdmin);
		return (DraftEmailForm) model(draftPage(user, delegatedAdmin), "draftEmailForm");
	}

	private String draftLink(PortalUser user, boolean delegatedAdmin) {
		return (String) model(draftPage(user, delegatedAdmin), "link");
	}

	private MvcTestResult postDraft(PortalUser user, boolean delegatedAdmin, String subject, String body,
			String action) {
		return this.mvc.post()
			.uri(BASE + "/draft")
			.param("delegatedAdmin", String.valueOf(delegatedAdmin))
			.param("subject", subject)
			.param("body", body)
			.param("action", action)
			.with(user(user))
			.with(csrf())
			.exchange();
	}

	private static Object model(MvcTestResult result, String name) {
		return result.getMvcResult().getModelAndView().getModel().get(name);
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String checkbox(String html) {
		Matcher matcher = CHECKBOX.matcher(html);
		assertThat(matcher.find()).as("the delegated admin checkbox").isTrue();
		return matcher.group();
	}

}
