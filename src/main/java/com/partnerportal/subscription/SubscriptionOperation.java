package com.partnerportal.subscription;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.partnerportal.account.PartnerRole;

/**
 * What the partner of record can do to a subscription, who at that partner may do it, and
 * in which states. This is the authorization matrix the service enforces and the pages
 * follow:
 * <table>
 * <caption>Partner roles allowed per operation (partner of record only)</caption>
 * <tr>
 * <th>Operation</th>
 * <th>Global admin</th>
 * <th>Admin agent</th>
 * <th>Sales agent</th>
 * <th>Helpdesk agent</th>
 * <th>States</th>
 * </tr>
 * <tr>
 * <td>add seats, remove seats, order an add-on, change the offer, suspend</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>active</td>
 * </tr>
 * <tr>
 * <td>reactivate</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>suspended</td>
 * </tr>
 * <tr>
 * <td>change the partner of record, cancel</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>active, suspended</td>
 * </tr>
 * <tr>
 * <td>designate the support contact</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>yes</td>
 * <td>active, suspended</td>
 * </tr>
 * </table>
 * Global admins and Admin agents manage the partner's customers; Helpdesk agents may
 * assign support contacts, as the domain describes. Sales agents see subscriptions but
 * change none. The roles come from the rules of {@link PartnerRole}
 * ({@link PartnerRole#changesSubscriptions()},
 * {@link PartnerRole#designatesSupportContacts()}), which decide them. Every other
 * partner, whether it holds delegated admin or only a relationship, sees the subscription
 * and may do nothing with it, and nothing can be done to a cancelled subscription:
 * cancelling is final.
 */
public enum SubscriptionOperation {

	ADD_SEATS("seats/add", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE),

	REMOVE_SEATS("seats/remove", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE),

	ORDER_ADDON("addons", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE),

	CHANGE_OFFER("offer", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE),

	CHANGE_PARTNER_OF_RECORD("partner-of-record", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE,
			SubscriptionStatus.SUSPENDED),

	DESIGNATE_SUPPORT_CONTACT("support-contact", PartnerRole::designatesSupportContacts, SubscriptionStatus.ACTIVE,
			SubscriptionStatus.SUSPENDED),

	SUSPEND("suspend", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE),

	REACTIVATE("reactivate", PartnerRole::changesSubscriptions, SubscriptionStatus.SUSPENDED),

	CANCEL("cancel", PartnerRole::changesSubscriptions, SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED);

	private final String path;

	private final Set<PartnerRole> roles;

	private final Set<SubscriptionStatus> states;

	SubscriptionOperation(String path, Predicate<PartnerRole> rule, SubscriptionStatus first,
			SubscriptionStatus... rest) {
		this.path = path;
		this.roles = PartnerRole.allowedTo(rule);
		this.states = EnumSet.of(first, rest);
	}

	/**
	 * @return the operation's page, below the subscription's path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * @param role a partner role
	 * @return whether that role may perform the operation, at the partner of record
	 */
	public boolean permits(PartnerRole role) {
		return this.roles.contains(role);
	}

	/**
	 * @return the roles that may perform the operation, in the order of
	 * {@link PartnerRole}
	 */
	public Set<PartnerRole> roles() {
		return this.roles;
	}

	/**
	 * @param status a subscription's status
	 * @return whether the operation can be done in that status
	 */
	public boolean appliesTo(SubscriptionStatus status) {
		return this.states.contains(status);
	}

	/**
	 * The state machine's answer for a status that does not allow the operation.
	 * @param status a subscription's status
	 * @return why the operation is refused in that status, or empty if it applies
	 */
	public Optional<SubscriptionRefusal> refusalIn(SubscriptionStatus status) {
		if (appliesTo(status)) {
			return Optional.empty();
		}
		return Optional.of(switch (status) {
			case CANCELLED -> SubscriptionRefusal.CANCELLED;
			case SUSPENDED -> (this == SUSPEND) ? SubscriptionRefusal.ALREADY_SUSPENDED : SubscriptionRefusal.SUSPENDED;
			case ACTIVE -> SubscriptionRefusal.NOT_SUSPENDED;
		});
	}

	/**
	 * @return whether the operation takes something away, and so asks for confirmation
	 * first
	 */
	public boolean isDestructive() {
		return this == REMOVE_SEATS || this == SUSPEND || this == CANCEL || this == CHANGE_PARTNER_OF_RECORD;
	}

	/**
	 * @return the operation as a verb phrase ("add seats"), for refusals that name what
	 * cannot be done
	 */
	public MessageSourceResolvable verb() {
		return new DefaultMessageSourceResolvable("subscriptions.operation." + name() + ".verb");
	}

}
