package com.partnerportal.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account read for each request is the account as sign-in reads it: every kind of
 * account and every role, so that the SQL of {@link CurrentAccounts} and the entities
 * never disagree (if they did, every request would replace the session's user, and a role
 * could be read differently from how sign-in reads it).
 */
@PortalTest
@Transactional
class CurrentAccountsTests {

	@Autowired
	CurrentAccounts accounts;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findWhenAnyDemoAccountThenTheSameAsTheSignedInUser() {
		List<String> emails = this.jdbc.sql("select email from user_account order by id").query(String.class).list();
		assertThat(emails).contains(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.FABRIKAM_ADMIN, "agent@fabrikam.test",
				"sales@fabrikam.test", "helpdesk@fabrikam.test", DemoAccounts.ADATUM_ADMIN, DemoAccounts.CONTOSO_USER);
		for (String email : emails) {
			PortalUser signedIn = this.demo.user(email);
			PortalUser current = this.accounts.find(signedIn.userId()).orElseThrow();

			assertThat(current.hasSameStateAs(signedIn)).as(email).isTrue();
			assertThat(authorities(current)).as(email).isEqualTo(authorities(signedIn));
			assertThat(current.actor()).as(email).isEqualTo(signedIn.actor());
			assertThat(current.getPassword()).as("a session never keeps the password").isNull();
		}
	}

	@Test
	void findWhenRoleLanguageZoneOrStateChangedThenReadsTheChange() {
		PortalUser before = this.demo.user("agent@fabrikam.test");
		this.jdbc
			.sql("update user_account set partner_role = 'HELPDESK_AGENT', locale = 'ru', time_zone = 'Asia/Tokyo',"
					+ " enabled = false where id = ?")
			.param(before.userId())
			.update();

		PortalUser after = this.accounts.find(before.userId()).orElseThrow();

		assertThat(after.hasSameStateAs(before)).isFalse();
		assertThat(after.partnerRole()).isEqualTo(PartnerRole.HELPDESK_AGENT);
		assertThat(after.partnerRole()).isNotEqualTo(PartnerRole.ADMIN_AGENT);
		assertThat(after.locale()).isEqualTo("ru");
		assertThat(after.timeZone()).isEqualTo("Asia/Tokyo");
		assertThat(after.isEnabled()).isFalse();
		assertThat(after.partnerId()).isEqualTo(before.partnerId());
	}

	private static Set<String> authorities(PortalUser user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	@Test
	void findWhenTheAccountIsGoneThenEmpty() {
		assertThat(this.accounts.find(Long.MAX_VALUE)).isEmpty();
	}

}
