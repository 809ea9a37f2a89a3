package com.partnerportal.invitation;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalTest
@Transactional
class InvitationLinkRotationTests {

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	private PortalUser ana;

	@BeforeEach
	void setUp() {
		this.ana = this.demo.user("ga@fabrikam.test");
	}

	@Test
	void rotateWhenLinkIssuedThenBothOldVariantsStopAndNewOnesWork() {
		String oldWith = this.invitationLinks.invitationFor(this.ana.partnerId(), true, this.ana.actor()).token();
		String oldWithout = this.invitationLinks.invitationFor(this.ana.partnerId(), false, this.ana.actor()).token();

		this.invitationLinks.rotate(this.ana.partnerId(), version(), this.ana.actor());

		assertThat(this.invitationLinks.resolve(oldWith)).isEmpty();
		assertThat(this.invitationLinks.resolve(oldWithout)).isEmpty();
		Invitation newWith = this.invitationLinks.invitationFor(this.ana.partnerId(), true, this.ana.actor());
		Invitation newWithout = this.invitationLinks.invitationFor(this.ana.partnerId(), false, this.ana.actor());
		assertThat(newWith.token()).isNotEqualTo(oldWith);
		assertThat(newWithout.token()).isNotEqualTo(oldWithout);
		assertThat(this.invitationLinks.resolve(newWith.token()))
			.hasValueSatisfying((resolved) -> assertThat(resolved.delegatedAdmin()).isTrue());
		assertThat(this.invitationLinks.resolve(newWithout.token()))
			.hasValueSatisfying((resolved) -> assertThat(resolved.delegatedAdmin()).isFalse());
	}

	@Test
	void rotateWhenLinkIssuedThenLogsWhoAndWhen() {
		this.invitationLinks.invitationFor(this.ana.partnerId(), true, this.ana.actor());

		this.invitationLinks.rotate(this.ana.partnerId(), version(), this.ana.actor());

		List<ActivityLogEntry> rotated = this.activityLog.entriesForPartner(this.ana.partnerId())
			.stream()
			.filter((entry) -> entry.getAction() == ActivityAction.INVITATION_LINK_ROTATED)
			.toList();
		assertThat(rotated).singleElement().satisfies((entry) -> {
			assertThat(entry.getActorId()).isEqualTo(this.ana.userId());
			assertThat(entry.getActorOrganisation()).isEqualTo(DemoAccounts.FABRIKAM);
			assertThat(entry.getCustomerId()).isNull();
			assertThat(entry.getOldValue()).isNotBlank();
			assertThat(entry.getNewValue()).isNotBlank();
		});
	}

	@Test
	void rotateWhenNoLinkYetThenNotFoundAndNothingLogged() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.invitationLinks.rotate(this.ana.partnerId(), version(), this.ana.actor()));

		assertThat(this.activityLog.entriesForPartner(this.ana.partnerId()))
			.noneMatch((entry) -> entry.getAction() == ActivityAction.INVITATION_LINK_ROTATED);
	}

	@Test
	void rotateWhenFormShownForAnEarlierLinkThenNothingChanges() {
		String token = this.invitationLinks.invitationFor(this.ana.partnerId(), true, this.ana.actor()).token();
		long shown = version();
		assertThat(this.invitationLinks.rotate(this.ana.partnerId(), shown, this.ana.actor())).isTrue();
		String replacement = this.invitationLinks.invitationFor(this.ana.partnerId(), true, this.ana.actor()).token();

		assertThat(this.invitationLinks.rotate(this.ana.partnerId(), shown, this.ana.actor())).isFalse();

		assertThat(replacement).isNotEqualTo(token);
		assertThat(this.invitationLinks.resolve(replacement)).isPresent();
		assertThat(this.activityLog.entriesForPartner(this.ana.partnerId()))
			.filteredOn((entry) -> entry.getAction() == ActivityAction.INVITATION_LINK_ROTATED)
			.hasSize(1);
	}

	private long version() {
		return this.invitationLinks.currentVersion(this.ana.partnerId()).orElse(0L);
	}

}
