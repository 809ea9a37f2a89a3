package com.partnerportal.notification;

/**
 * What a notification tells. Each kind has its texts in the message bundles
 * ({@code notification.<KIND>}, its e-mail subject and its name on Settings), and each
 * person chooses per kind whether it also comes by e-mail.
 */
public enum NotificationKind {

	INVITATION_ACCEPTED, INVITATION_DECLINED, DELEGATED_ADMIN_REMOVED, DELEGATED_ADMIN_MOVED, RELATIONSHIP_ENDED,
	INVITATION_LINK_ROTATED, SUPPORT_CONTACT_CHANGED, PARTNER_OF_RECORD_CHANGED, USER_ADDED, USER_ROLE_CHANGED,
	USER_DISABLED;

	/**
	 * @return whether the old and new values are partner roles, which are shown in the
	 * reader's language
	 */
	boolean valuesAreRoles() {
		return this == USER_ADDED || this == USER_ROLE_CHANGED;
	}

}
