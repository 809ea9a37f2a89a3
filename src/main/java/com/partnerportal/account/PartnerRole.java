package com.partnerportal.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one role a partner user holds, and the one home of what each role may do. The URL
 * rules ({@code security.SecurityConfiguration}), the services and the pages' links and
 * buttons all ask the methods below, so a rule is changed here and nowhere else:
 * <table>
 * <caption>What each partner role may do</caption>
 * <tr>
 * <th>Rule</th>
 * <th>Global admin</th>
 * <th>Admin agent</th>
 * <th>Sales agent</th>
 * <th>Helpdesk agent</th>
 * </tr>
 * <tr>
 * <td>{@link #managesRelationships()}</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * </tr>
 * <tr>
 * <td>{@link #replacesInvitationLink()}</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>no</td>
 * </tr>
 * <tr>
 * <td>{@link #managesUsers()}</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>no</td>
 * </tr>
 * <tr>
 * <td>{@link #changesSubscriptions()}</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * </tr>
 * <tr>
 * <td>{@link #designatesSupportContacts()}</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>yes</td>
 * </tr>
 * </table>
 * Every partner role sees the partner's customers, their subscriptions and the partner's
 * activity log. Each rule is a switch over every role, so that a role added later cannot
 * compile until each rule has said what it may do.
 */
public enum PartnerRole {

	GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT;

	/**
	 * @return whether this role may request reseller relationships (the draft email with
	 * the invitation link) and remove them
	 */
	public boolean managesRelationships() {
		return switch (this) {
			case GLOBAL_ADMIN, ADMIN_AGENT -> true;
			case SALES_AGENT, HELPDESK_AGENT -> false;
		};
	}

	/**
	 * Replacing the invitation link breaks every link the partner has already sent, so it
	 * is kept from the Admin agents who may otherwise request relationships.
	 * @return whether this role may replace the partner's invitation link
	 */
	public boolean replacesInvitationLink() {
		return switch (this) {
			case GLOBAL_ADMIN -> true;
			case ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT -> false;
		};
	}

	/**
	 * @return whether this role may add the partner's users, change their roles and
	 * disable them
	 */
	public boolean managesUsers() {
		return switch (this) {
			case GLOBAL_ADMIN -> true;
			case ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT -> false;
		};
	}

	/**
	 * @return whether this role may change the subscriptions the partner is partner of
	 * record of: seats, add-ons, offer, partner of record, suspend, reactivate, cancel
	 */
	public boolean changesSubscriptions() {
		return switch (this) {
			case GLOBAL_ADMIN, ADMIN_AGENT -> true;
			case SALES_AGENT, HELPDESK_AGENT -> false;
		};
	}

	/**
	 * @return whether this role may designate the support contact of a subscription the
	 * partner is partner of record of
	 */
	public boolean designatesSupportContacts() {
		return switch (this) {
			case GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT -> true;
			case SALES_AGENT -> false;
		};
	}

	/**
	 * @param rule one of this enum's rules, such as {@code PartnerRole::managesUsers}
	 * @return the roles the rule allows, in declaration order
	 */
	public static Set<PartnerRole> allowedTo(Predicate<PartnerRole> rule) {
		Set<PartnerRole> allowed = EnumSet.noneOf(PartnerRole.class);
		Arrays.stream(values()).filter(rule).forEach(allowed::add);
		return allowed;
	}

}
