package com.partnerportal.invitation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalTest
@Transactional
class InvitationLinksTests {

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	@Test
	void invitationForWhenFirstTimeThenCreatesLinkAndLogsItOnce() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		assertThat(this.invitationLinks.existingInvitation(ana.partnerId(), true)).isEmpty();

		Invitation invitation = this.invitationLinks.invitationFor(ana.partnerId(), true, ana.actor());

		assertThat(invitation.partner().getName()).isEqualTo("Fabrikam Cloud Partners");
		assertThat(invitation.delegatedAdmin()).isTrue();
		assertThat(invitation.path()).isEqualTo("/invitations/" + invitation.token());
		List<ActivityLogEntry> created = linksCreated(ana.partnerId());
		assertThat(created).hasSize(1);
		assertThat(created.get(0).getActorId()).isEqualTo(ana.userId());
		assertThat(created.get(0).getCustomerId()).isNull();
	}

	@Test
	void invitationForWhenAskedAgainThenReusesLinkWithoutNewEntry() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		PortalUser bruno = this.demo.user("agent@fabrikam.test");
		Invitation first = this.invitationLinks.invitationFor(ana.partnerId(), false, ana.actor());

		Invitation again = this.invitationLinks.invitationFor(bruno.partnerId(), false, bruno.actor());
		Invitation withDelegatedAdmin = this.invitationLinks.invitationFor(bruno.partnerId(), true, bruno.actor());

		assertThat(again.token()).isEqualTo(first.token());
		assertThat(InvitationLink.keyOf(withDelegatedAdmin.token())).isEqualTo(InvitationLink.keyOf(first.token()));
		assertThat(linksCreated(ana.partnerId())).hasSize(1);
		assertThat(this.invitationLinks.existingInvitation(ana.partnerId(), false)).contains(first);
	}

	@Test
	void invitationForWhenNationalCloudPartnerAsksWithoutDelegatedAdminThenRefusedRecordedAndNoLinkCreated() {
		PortalUser morgan = this.demo.user("ga@tailspin.test");
		// The demo's history of Tailspin comes first.
		int entriesBefore = this.activityLog.entriesForPartner(morgan.partnerId()).size();

		assertThatExceptionOfType(DelegatedAdminRequiredException.class)
			.isThrownBy(() -> this.invitationLinks.invitationFor(morgan.partnerId(), false, morgan.actor()))
			.satisfies((ex) -> assertThat(ex.getCloud()).isEqualTo(Cloud.US_GOVERNMENT));

		assertThat(this.invitationLinks.existingInvitation(morgan.partnerId(), true)).isEmpty();
		List<ActivityLogEntry> entries = this.activityLog.entriesForPartner(morgan.partnerId());
		assertThat(entries.subList(entriesBefore, entries.size())).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo(ActivityAction.RELATIONSHIP_REQUEST_REFUSED_CLOUD);
			assertThat(entry.getActorId()).isEqualTo(morgan.userId());
			assertThat(entry.getOldValue()).isEqualTo("WITHOUT_DELEGATED_ADMIN");
			assertThat(entry.getNewValue()).isEqualTo("US_GOVERNMENT");
		});
	}

	@Test
	void existingInvitationWhenNationalCloudPartnerAsksWithoutDelegatedAdminThenEmpty() {
		PortalUser morgan = this.demo.user("ga@tailspin.test");
		Invitation invitation = this.invitationLinks.invitationFor(morgan.partnerId(), true, morgan.actor());

		assertThat(invitation.delegatedAdmin()).isTrue();
		assertThat(this.invitationLinks.existingInvitation(morgan.partnerId(), true)).contains(invitation);
		assertThat(this.invitationLinks.existingInvitation(morgan.partnerId(), false)).isEmpty();
	}

	@Test
	void resolveWhenIssuedTokenThenPartnerAndChoice() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		Invitation invitation = this.invitationLinks.invitationFor(ana.partnerId(), false, ana.actor());

		assertThat(this.invitationLinks.resolve(invitation.token())).hasValueSatisfying((resolved) -> {
			assertThat(resolved.partner().getId()).isEqualTo(ana.partnerId());
			assertThat(resolved.delegatedAdmin()).isFalse();
		});
		assertThat(this.invitationLinks.require(invitation.token()).token()).isEqualTo(invitation.token());
	}

	@Test
	void resolveWhenTamperedUnknownOrOverlongThenEmpty() {
		PortalUser ana = this.demo.user("ga@fabrikam.test");
		String token = this.invitationLinks.invitationFor(ana.partnerId(), false, ana.actor()).token();
		int mode = token.indexOf('.') + 1;

		assertThat(this.invitationLinks.resolve(token.substring(0, mode) + 'd' + token.substring(mode + 1))).isEmpty();
		assertThat(this.invitationLinks.resolve(token.substring(0, token.length() - 1) + flip(token))).isEmpty();
		assertThat(this.invitationLinks.resolve("AAAAAAAAAAAAAAAAAAAAAA.dAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
		assertThat(this.invitationLinks.resolve("no-dot-at-all")).isEmpty();
		assertThat(this.invitationLinks.resolve("")).isEmpty();
		assertThat(this.invitationLinks.resolve(token + "x".repeat(200))).isEmpty();
		assertThat(this.invitationLinks.resolve("é".repeat(30) + token)).isEmpty();
	}

	private static char flip(String token) {
		return (token.charAt(token.length() - 1) == 'A') ? 'B' : 'A';
	}

	private List<ActivityLogEntry> linksCreated(Long partnerId) {
		return this.activityLog.entriesForPartner(partnerId)
			.stream()
			.filter((entry) -> entry.getAction() == ActivityAction.INVITATION_LINK_CREATED)
			.toList();
	}

}
