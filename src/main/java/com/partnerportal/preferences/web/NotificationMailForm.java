package com.partnerportal.preferences.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.partnerportal.notification.NotificationKind;

/**
 * What the e-mail part of the settings page submits: the kinds ticked, none when every
 * box was cleared.
 *
 * @param mailed the kinds of notification to get by e-mail
 */
record NotificationMailForm(@Nullable Set<NotificationKind> mailed) {

	Set<NotificationKind> mailedKinds() {
		return (this.mailed != null) ? this.mailed : Set.of();
	}

}
