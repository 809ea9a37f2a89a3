package com.partnerportal.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.account.Actor;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.shared.LinkKey;

/**
 * The records the authorization tests ask for, all owned by the "own" tenants: Fabrikam
 * (the partner) and its customer Adatum Italia. Built inside each test's transaction, so
 * that what one request changes is rolled back before the next. It also names the values
 * the requests' placeholders ({@code {customer}}, {@code {subscription}}...) stand for.
 */
final class MatrixFixture {

	/** An ordinary (not Global admin) user of Adatum, added by the fixture. */
	static final String ADATUM_USER = "user@adatum.test";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	/** The key of the confirmation link of the registration the fixture adds. */
	private static final String REGISTRATION_KEY = "matrix-registration-k1";

	/** A password reset link's key, of the length and alphabet the portal makes. */
	private static final String RESET_KEY = "matrix-password-reset-key-0123456789abcdefg";

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final Map<String, String> values = new LinkedHashMap<>();

	/**
	 * Shapes the demo data and reads the ids the requests use.
	 * @param jdbc the test database, in the test's transaction
	 * @param demo the demo accounts
	 * @param relationships to relate demo partners and customers
	 * @param links the partners' invitation links
	 */
	MatrixFixture(JdbcTemplate jdbc, DemoAccounts demo, DemoRelationships relationships, InvitationLinks links) {
		Long fabrikam = demo.partnerId(DemoAccounts.FABRIKAM);
		Long northwind = demo.partnerId(DemoAccounts.NORTHWIND);
		Long adatum = demo.customerId("adatum.test");
		Long umbra = demo.customerId("umbra-logistics.test");
		jdbc.update("insert into user_account (kind, email, password_hash, display_name, customer_id,"
				+ " customer_global_admin, created_at) select 'CUSTOMER', ?, password_hash, 'Ugo Adatum', customer_id,"
				+ " false, created_at from user_account where email = ?", ADATUM_USER, DemoAccounts.ADATUM_ADMIN);
		// Nothing Fabrikam sold to Umbra is active, so the relationship can be removed.
		jdbc.update("update subscription set status = 'SUSPENDED' where customer_id = ? and partner_of_record_id = ?",
				umbra, fabrikam);
		// A second CSP partner of Adatum, to hand a subscription over to.
		relationships.relate("Litware Brasil", adatum, NOW);
		Actor platform = demo.user(DemoAccounts.PLATFORM_ADMIN).actor();
		String token = links.invitationFor(fabrikam, true, platform).token();
		links.invitationFor(northwind, true, platform);
		Long subscription = subscription(jdbc, adatum, "Microsoft 365 Business Standard");
		Long suspended = subscription(jdbc, adatum, "Dynamics 365 Sales Professional");
		put("fabrikam", fabrikam);
		// The version the replacement form shows Fabrikam's Global admin; for another
		// partner it names no current link, which the portal answers as already replaced.
		put("linkVersion",
				jdbc.queryForObject("select version from invitation_link where partner_id = ?", Long.class, fabrikam));
		put("northwind", northwind);
		put("litware", demo.partnerId("Litware Brasil"));
		put("customer", adatum);
		put("removableCustomer", umbra);
		put("subscription", subscription);
		put("version", version(jdbc, subscription));
		put("suspendedSubscription", suspended);
		put("suspendedVersion", version(jdbc, suspended));
		put("user",
				jdbc.queryForObject("select id from user_account where email = ?", Long.class, "sales@fabrikam.test"));
		put("addon", demo.addonId("Exchange Online Archiving"));
		put("offer", demo.offerId("Office 365 E3"));
		put("directory", demo.serviceId("AZURE_AD"));
		this.values.put("token", token);
		// A registration waiting for confirmation, and a mail, as the form would leave
		// them; only the key's hash is stored, as the portal does.
		jdbc.update(
				"insert into pending_registration (key_hash, company_name, domain, country, cloud, admin_name,"
						+ " email, password_hash, invitation_token, locale, created_at, expires_at)"
						+ " select ?, 'Matrix Confirmed', 'matrix-confirmed.test', 'ES', 'PUBLIC', 'Mara Confirmed',"
						+ " 'ga@matrix-confirmed.test', password_hash, ?, 'en', current_timestamp,"
						+ " current_timestamp + interval '1' hour from user_account where email = ?",
				new LinkKey(REGISTRATION_KEY).hash(), token, DemoAccounts.ADATUM_ADMIN);
		this.values.put("registrationKey", REGISTRATION_KEY);
		jdbc.update("insert into outgoing_mail (recipient, locale, subject, text_body, created_at)"
				+ " values ('ga@matrix-confirmed.test', 'en', 'Confirm', 'Follow the link', current_timestamp)");
		put("mail", jdbc.queryForObject("select max(id) from outgoing_mail", Long.class));
		// A password reset link asked for Adatum's Global admin, stored as the portal
		// stores it.
		jdbc.update("insert into password_reset (key_hash, account_id, created_at, expires_at)"
				+ " select ?, id, current_timestamp, current_timestamp + interval '1' hour from user_account"
				+ " where email = ?", new LinkKey(RESET_KEY).hash(), DemoAccounts.ADATUM_ADMIN);
		this.values.put("resetKey", RESET_KEY);
		// A notification of Fabrikam's Global admin, which only that person may open.
		jdbc.update("insert into notification (event_key, recipient_id, kind, partner_name, link, occurred_at,"
				+ " created_at) select 'matrix-notification', id, 'INVITATION_LINK_ROTATED', 'Fabrikam',"
				+ " '/partner/customers', current_timestamp, current_timestamp from user_account where email = ?",
				DemoAccounts.FABRIKAM_ADMIN);
		put("notification",
				jdbc.queryForObject("select id from notification where event_key = 'matrix-notification'", Long.class));
	}

	/**
	 * @param template a path, query or form body with placeholders
	 * @return it with every placeholder replaced by its value
	 * @throws IllegalArgumentException if a placeholder has no value
	 */
	String resolve(String template) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String value = this.values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for " + matcher.group() + " in " + template);
			}
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(resolved).toString();
	}

	private void put(String name, Object value) {
		this.values.put(name, String.valueOf(value));
	}

	private static Long subscription(JdbcTemplate jdbc, Long customerId, String offer) {
		return jdbc.queryForObject("select id from subscription where customer_id = ? and offer_name = ?", Long.class,
				customerId, offer);
	}

	private static Long version(JdbcTemplate jdbc, Long subscriptionId) {
		return jdbc.queryForObject("select version from subscription where id = ?", Long.class, subscriptionId);
	}

}
