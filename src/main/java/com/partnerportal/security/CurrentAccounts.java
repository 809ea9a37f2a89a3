package com.partnerportal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.account.PlatformAdmin;

/**
 * Reads a signed-in account as it is now, for every request: one statement by primary
 * key, joined to its organisation for the name the activity log copies. Plain SQL rather
 * than the entities, since it runs on every page and needs no persistence context; what
 * it reads must therefore match what {@code UserAccount} and its subtypes make of the
 * same columns, which {@code CurrentAccountsTests} checks for every kind of account. The
 * same statement counts the account's unread notifications for the bell in the header,
 * through an index on the notification table, so that a page pays no statement of its own
 * for it.
 */
@Component
class CurrentAccounts {

	private static final String CURRENT_ACCOUNT = """
			select a.id, a.email, a.display_name, a.enabled, a.kind, a.partner_role, a.customer_global_admin,
			       a.locale, a.time_zone, a.partner_id, a.customer_id, p.name as partner_name,
			       c.company_name as customer_name,
			       (select count(*) from notification n where n.recipient_id = a.id and n.read_at is null)
			         as unread_notifications
			from user_account a
			left join partner p on p.id = a.partner_id
			left join customer c on c.id = a.customer_id
			where a.id = ?""";

	private final JdbcClient jdbc;

	CurrentAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param userId a signed-in account
	 * @return the account as it is now, disabled or not, or empty if it no longer exists
	 */
	Optional<PortalUser> find(Long userId) {
		return findWithUnreadCount(userId).map(CurrentAccount::user);
	}

	/**
	 * @param userId a signed-in account
	 * @return the account as it is now with its count of unread notifications, or empty
	 * if it no longer exists
	 */
	Optional<CurrentAccount> findWithUnreadCount(Long userId) {
		return this.jdbc.sql(CURRENT_ACCOUNT)
			.param(userId)
			.query((row, rowNumber) -> new CurrentAccount(portalUser(row, rowNumber),
					row.getLong("unread_notifications")))
			.optional();
	}

	/**
	 * @param user the account as it is now
	 * @param unreadNotifications how many of its notifications it has not read
	 */
	record CurrentAccount(PortalUser user, long unreadNotifications) {

	}

	private static PortalUser portalUser(ResultSet row, int rowNumber) throws SQLException {
		String kind = row.getString("kind");
		return switch (kind) {
			case "PARTNER" -> new PortalUser(row.getLong("id"), row.getString("email"), row.getString("display_name"),
					row.getLong("partner_id"), row.getString("partner_name"),
					AccountRole.partner(PartnerRole.valueOf(row.getString("partner_role"))), row.getBoolean("enabled"),
					row.getString("time_zone"), row.getString("locale"));
			case "CUSTOMER" -> new PortalUser(row.getLong("id"), row.getString("email"), row.getString("display_name"),
					row.getLong("customer_id"), row.getString("customer_name"),
					AccountRole.customer(CustomerRole.ofGlobalAdminFlag(row.getBoolean("customer_global_admin"))),
					row.getBoolean("enabled"), row.getString("time_zone"), row.getString("locale"));
			case "PLATFORM_ADMIN" -> new PortalUser(row.getLong("id"), row.getString("email"),
					row.getString("display_name"), null, PlatformAdmin.ORGANISATION_NAME, AccountRole.platformAdmin(),
					row.getBoolean("enabled"), row.getString("time_zone"), row.getString("locale"));
			default -> throw new IllegalStateException("Account " + row.getLong("id") + " is of unknown kind " + kind);
		};
	}

}
