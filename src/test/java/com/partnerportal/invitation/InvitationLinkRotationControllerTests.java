package com.partnerportal.invitation;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.StoredSessions;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
@Transactional
class InvitationLinkRotationControllerTests {

	private static final String ROTATE = "/partner/relationship-requests/link/rotate";

	private static final String ANA = "ga@fabrikam.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredSessions sessions;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	private PortalUser ana;

	@BeforeEach
	void setUp() {
		this.ana = this.demo.user(ANA);
	}

	@Test
	void requestPageWhenGlobalAdminThenOffersANewLink() {
		assertThat(as(ANA, this.mvc.get().uri("/partner/relationship-requests/new"))).hasStatusOk()
			.body()
			.asString()
			.contains("Replace your invitation link", "href=\"" + ROTATE + "\"", ">Generate a new link</a>");
	}

	@Test
	void requestPageWhenAdminAgentThenNoNewLinkOffered() {
		assertThat(as("agent@fabrikam.test", this.mvc.get().uri("/partner/relationship-requests/new"))).hasStatusOk()
			.body()
			.asString()
			.doesNotContain(ROTATE, "Generate a new link");
	}

	@Test
	void confirmWhenLinkIssuedThenSaysBothVariantsStopWorking() {
		issueLink();

		assertThat(as(ANA, this.mvc.get().uri(ROTATE))).hasStatusOk()
			.hasViewName("invitations/rotate-link")
			.bodyText()
			.contains("Generate a new invitation link",
					"Your current invitation link stops working, both with and without delegated administration privileges.",
					"Customers who have not used it yet", "Relationships that customers have already accepted stay");
		assertThat(as(ANA, this.mvc.get().uri(ROTATE))).body()
			.asString()
			.contains("action=\"" + ROTATE + "\"", "name=\"_csrf\"", "name=\"version\" value=\"" + version() + "\"");
		assertThat(rotations()).isZero();
	}

	@Test
	void confirmWhenNoLinkYetThenNothingToReplaceAndNoButton() {
		assertThat(as(ANA, this.mvc.get().uri(ROTATE))).hasStatusOk()
			.bodyText()
			.contains("You have no invitation link yet, so there is nothing to replace.")
			.doesNotContain("stops working");
		assertThat(as(ANA, this.mvc.get().uri(ROTATE))).body().asString().doesNotContain("action=\"" + ROTATE + "\"");
	}

	@Test
	void rotateWhenGlobalAdminThenOldLinksSayTheyAreReplacedAndNewOnesOpen() {
		List<String> old = issueLink();
		for (String token : old) {
			assertThat(this.mvc.get().uri("/invitations/{token}", token)).hasStatusOk();
		}

		assertThat(as(ANA, this.mvc.post().uri(ROTATE).param("version", version()).with(csrf())))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/partner/relationship-requests/new")
			.flash()
			.containsEntry("flashMessage", "invitationLink.rotate.done");

		for (String token : old) {
			assertThat(this.mvc.get().uri("/invitations/{token}", token)).hasStatus(HttpStatus.GONE)
				.hasViewName("invitations/link-replaced");
		}
		for (String token : currentTokens()) {
			assertThat(token).isNotIn(old);
			assertThat(this.mvc.get().uri("/invitations/{token}", token)).hasStatusOk()
				.bodyText()
				.contains(DemoAccounts.FABRIKAM);
		}
		assertThat(rotations()).isEqualTo(1);
	}

	@Test
	void requestPageWhenRotatedThenShowsTheConfirmation() {
		assertThat(as(ANA,
				this.mvc.get()
					.uri("/partner/relationship-requests/new")
					.cookie(this.sessions.withFlash("invitationLink.rotate.done"))))
			.hasStatusOk()
			.bodyText()
			.contains("Your new invitation link is ready and the old one no longer works.");
	}

	@Test
	void everyStepWhenAdminAgentThenForbiddenAndLinkUnchanged() {
		List<String> old = issueLink();

		assertThat(as("agent@fabrikam.test", this.mvc.get().uri(ROTATE))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(as("agent@fabrikam.test", this.mvc.post().uri(ROTATE).with(csrf()))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(currentTokens()).isEqualTo(old);
		assertThat(rotations()).isZero();
	}

	@Test
	void everyStepWhenOtherRolesThenForbidden() {
		issueLink();

		for (String email : List.of("sales@fabrikam.test", "helpdesk@fabrikam.test", DemoAccounts.ADATUM_ADMIN,
				"admin@portal.test")) {
			assertThat(as(email, this.mvc.get().uri(ROTATE))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(as(email, this.mvc.post().uri(ROTATE).with(csrf()))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(rotations()).isZero();
	}

	@Test
	void rotateWhenNoCsrfTokenThenForbiddenAndLinkUnchanged() {
		List<String> old = issueLink();

		assertThat(as(ANA, this.mvc.post().uri(ROTATE))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(currentTokens()).isEqualTo(old);
		assertThat(rotations()).isZero();
	}

	@Test
	void rotateWhenNoLinkYetThenNotFound() {
		assertThat(as(ANA, this.mvc.post().uri(ROTATE).param("version", "0").with(csrf())))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * @return the tokens of the partner's link, with and without delegated admin
	 */
	private List<String> issueLink() {
		this.invitationLinks.invitationFor(this.ana.partnerId(), true, this.ana.actor());
		return currentTokens();
	}

	private List<String> currentTokens() {
		return List.of(true, false)
			.stream()
			.map((delegatedAdmin) -> this.invitationLinks.existingInvitation(this.ana.partnerId(), delegatedAdmin)
				.orElseThrow()
				.token())
			.toList();
	}

	private String version() {
		return String.valueOf(this.invitationLinks.currentVersion(this.ana.partnerId()).orElseThrow());
	}

	private long rotations() {
		return this.activityLog.entriesForPartner(this.ana.partnerId())
			.stream()
			.filter((entry) -> entry.getAction() == ActivityAction.INVITATION_LINK_ROTATED)
			.count();
	}

	private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
		return request.with(this.demo.signedIn(email));
	}

}
