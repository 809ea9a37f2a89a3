package com.partnerportal.partner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.partner.OnboardingRejectedException.Reason;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalTest
@Transactional
class PartnerUserManagementTests {

	@Autowired
	PartnerUserManagement management;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DemoAccounts demo;

	@Test
	void usersWhenListedThenOnlyThePartnersOwnByName() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		assertThat(this.management.users(ga.partnerId(), 0).getContent()).extracting(PartnerUserSummary::email)
			.containsExactly("ga@fabrikam.test", "agent@fabrikam.test", "sales@fabrikam.test",
					"helpdesk@fabrikam.test");
	}

	@Test
	void addWhenValidThenCreatesEnabledUserAndLogs() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		PartnerUserSummary added = this.management.add(ga.partnerId(),
				new NewPartnerUser("Eva Lopez", " Eva@Fabrikam.test ", "a-long-enough-password"),
				PartnerRole.SALES_AGENT, ga.actor());

		assertThat(added.email()).isEqualTo("eva@fabrikam.test");
		PortalUser eva = this.demo.user("eva@fabrikam.test");
		assertThat(eva.partnerId()).isEqualTo(ga.partnerId());
		assertThat(eva.partnerRole()).isEqualTo(PartnerRole.SALES_AGENT);
		assertThat(eva.isEnabled()).isTrue();
		ActivityLogEntry entry = lastEntry(ga.partnerId());
		assertThat(entry.getAction()).isEqualTo(ActivityAction.USER_CREATED);
		assertThat(entry.getNewValue()).isEqualTo("eva@fabrikam.test: SALES_AGENT");
		assertThat(entry.getActorId()).isEqualTo(ga.userId());
	}

	@Test
	void addWhenEmailTakenByAnyAccountThenRejected() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		assertThatExceptionOfType(OnboardingRejectedException.class)
			.isThrownBy(() -> this.management.add(ga.partnerId(),
					new NewPartnerUser("Elena", "GA@contoso.test", "a-long-enough-password"), PartnerRole.SALES_AGENT,
					ga.actor()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.EMAIL_TAKEN));
	}

	@Test
	void addWhenPasswordWeakThenRejectedAndNothingWritten() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		assertThatExceptionOfType(OnboardingRejectedException.class)
			.isThrownBy(() -> this.management.add(ga.partnerId(),
					new NewPartnerUser("Eva", "eva@fabrikam.test", "short"), PartnerRole.SALES_AGENT, ga.actor()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.PASSWORD_TOO_SHORT));
		assertThat(this.accounts.existsByEmail("eva@fabrikam.test")).isFalse();
	}

	@Test
	void changeRoleWhenAllowedThenChangesAndLogsOldAndNewRole() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long agentId = this.demo.user("agent@fabrikam.test").userId();

		assertThat(this.management.changeRole(ga.partnerId(), agentId, PartnerRole.HELPDESK_AGENT, ga.actor()))
			.isTrue();

		assertThat(this.demo.user("agent@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.HELPDESK_AGENT);
		ActivityLogEntry entry = lastEntry(ga.partnerId());
		assertThat(entry.getAction()).isEqualTo(ActivityAction.USER_ROLE_CHANGED);
		assertThat(entry.getOldValue()).isEqualTo("agent@fabrikam.test: ADMIN_AGENT");
		assertThat(entry.getNewValue()).isEqualTo("agent@fabrikam.test: HELPDESK_AGENT");
	}

	@Test
	void changeRoleWhenSameRoleThenChangesNothing() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		int entries = this.activityLog.entriesForPartner(ga.partnerId()).size();
		assertThat(this.management.changeRole(ga.partnerId(), this.demo.user("agent@fabrikam.test").userId(),
				PartnerRole.ADMIN_AGENT, ga.actor()))
			.isFalse();
		assertThat(this.activityLog.entriesForPartner(ga.partnerId())).hasSize(entries);
	}

	@Test
	void changeRoleWhenLastEnabledGlobalAdminThenRefused() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(
					() -> this.management.changeRole(ga.partnerId(), ga.userId(), PartnerRole.ADMIN_AGENT, ga.actor()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UserChangeRejectedException.Reason.LAST_GLOBAL_ADMIN));
		assertThat(this.demo.user("ga@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.GLOBAL_ADMIN);
	}

	@Test
	void changeRoleWhenAnotherGlobalAdminIsEnabledThenDemotes() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long agentId = this.demo.user("agent@fabrikam.test").userId();
		this.management.changeRole(ga.partnerId(), agentId, PartnerRole.GLOBAL_ADMIN, ga.actor());

		assertThat(this.management.changeRole(ga.partnerId(), ga.userId(), PartnerRole.ADMIN_AGENT, ga.actor()))
			.isTrue();
		assertThat(this.demo.user("ga@fabrikam.test").partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void changeRoleWhenOtherGlobalAdminIsDisabledThenStillRefused() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long agentId = this.demo.user("agent@fabrikam.test").userId();
		this.management.changeRole(ga.partnerId(), agentId, PartnerRole.GLOBAL_ADMIN, ga.actor());
		this.management.disable(ga.partnerId(), agentId, ga.actor());

		assertThatExceptionOfType(UserChangeRejectedException.class).isThrownBy(
				() -> this.management.changeRole(ga.partnerId(), ga.userId(), PartnerRole.SALES_AGENT, ga.actor()));
	}

	@Test
	void disableWhenAllowedThenDisablesAndLogs() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long helpdeskId = this.demo.user("helpdesk@fabrikam.test").userId();

		assertThat(this.management.disableRefusal(ga.partnerId(), helpdeskId, ga.userId())).isEmpty();
		assertThat(this.management.disable(ga.partnerId(), helpdeskId, ga.actor())).isTrue();

		assertThat(this.demo.user("helpdesk@fabrikam.test").isEnabled()).isFalse();
		ActivityLogEntry entry = lastEntry(ga.partnerId());
		assertThat(entry.getAction()).isEqualTo(ActivityAction.USER_DISABLED);
		assertThat(entry.getPartnerId()).isEqualTo(ga.partnerId());
		assertThat(entry.getOldValue()).isEqualTo("helpdesk@fabrikam.test: enabled");
		assertThat(entry.getNewValue()).isEqualTo("helpdesk@fabrikam.test: disabled");
		// Disabling again changes nothing and logs nothing.
		assertThat(this.management.disable(ga.partnerId(), helpdeskId, ga.actor())).isFalse();
		assertThat(this.activityLog.entriesForPartner(ga.partnerId()))
			.filteredOn((e) -> e.getAction() == ActivityAction.USER_DISABLED)
			.hasSize(1);
	}

	@Test
	void disableWhenSelfThenRefused() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		Long agentId = this.demo.user("agent@fabrikam.test").userId();
		// Even with a second Global admin, nobody disables themself.
		this.management.changeRole(ga.partnerId(), agentId, PartnerRole.GLOBAL_ADMIN, ga.actor());

		assertThat(this.management.disableRefusal(ga.partnerId(), ga.userId(), ga.userId()))
			.contains(UserChangeRejectedException.Reason.CANNOT_DISABLE_SELF);
		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(() -> this.management.disable(ga.partnerId(), ga.userId(), ga.actor()))
			.satisfies(
					(ex) -> assertThat(ex.reason()).isEqualTo(UserChangeRejectedException.Reason.CANNOT_DISABLE_SELF));
		assertThat(this.demo.user("ga@fabrikam.test").isEnabled()).isTrue();
	}

	@Test
	void disableWhenLastEnabledGlobalAdminThenRefused() {
		PortalUser ga = this.demo.user("ga@fabrikam.test");
		// An actor whose session still says Global admin after being demoted elsewhere.
		Actor staleAgent = this.demo.user("agent@fabrikam.test").actor();

		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(() -> this.management.disable(ga.partnerId(), ga.userId(), staleAgent))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(UserChangeRejectedException.Reason.LAST_GLOBAL_ADMIN));
		assertThat(this.demo.user("ga@fabrikam.test").isEnabled()).isTrue();
	}

	@Test
	void changesWhenUserOfAnotherPartnerThenNotFoundAndNothingChanged() {
		PortalUser northwind = this.demo.user("ga@northwind.test");
		Long fabrikamAgentId = this.demo.user("agent@fabrikam.test").userId();

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.management.user(northwind.partnerId(), fabrikamAgentId));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.management
			.changeRole(northwind.partnerId(), fabrikamAgentId, PartnerRole.SALES_AGENT, northwind.actor()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.management.disable(northwind.partnerId(), fabrikamAgentId, northwind.actor()));
		PortalUser agent = this.demo.user("agent@fabrikam.test");
		assertThat(agent.partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
		assertThat(agent.isEnabled()).isTrue();
	}

	private ActivityLogEntry lastEntry(Long partnerId) {
		var entries = this.activityLog.entriesForPartner(partnerId);
		return entries.get(entries.size() - 1);
	}

}
