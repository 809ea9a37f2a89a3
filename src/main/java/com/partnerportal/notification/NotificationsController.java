package com.partnerportal.notification;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.security.PortalUser;
import com.partnerportal.web.FlashMessages;
import com.partnerportal.web.PageLinks;
import com.partnerportal.web.PortalTime;

/**
 * The Notifications page of every signed-in person: their own notifications, newest
 * first. Opening one marks it read and goes to the page it concerns. The account comes
 * from the session, never from the request, so nobody reaches another's notifications.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

	private final Notifications notifications;

	private final NotificationTexts texts;

	private final PortalTime time;

	NotificationsController(Notifications notifications, NotificationTexts texts, PortalTime time) {
		this.notifications = notifications;
		this.texts = texts;
		this.time = time;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		Page<Notification> shown = this.notifications.page(user.userId(), page);
		List<NotificationRow> rows = shown.getContent()
			.stream()
			.map((notification) -> new NotificationRow(notification.getId(),
					this.texts.text(notification.facts(), locale, this.time.zone()),
					this.time.dateTime(notification.getOccurredAt()), !notification.isRead(),
					notification.getLink() != null))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("links", PageLinks.of(shown));
		return "notifications/list";
	}

	@PostMapping("/{id}/open")
	String open(@AuthenticationPrincipal PortalUser user, @PathVariable Long id) {
		@Nullable String link = this.notifications.open(user.userId(), id);
		return "redirect:" + ((link != null) ? link : "/notifications");
	}

	@PostMapping("/read")
	String markAllRead(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.userId());
		FlashMessages.confirm(redirect, "notifications.allRead");
		return "redirect:/notifications";
	}

	/**
	 * One notification as the page lists it.
	 *
	 * @param id the notification
	 * @param text what it says, in the reader's language
	 * @param when when it happened, in the reader's time zone
	 * @param unread whether the reader has not opened it yet
	 * @param linked whether it concerns a page it opens
	 */
	record NotificationRow(Long id, String text, String when, boolean unread, boolean linked) {

	}

}
