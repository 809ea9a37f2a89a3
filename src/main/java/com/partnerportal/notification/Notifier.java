package com.partnerportal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Addressee;
import com.partnerportal.mail.Mailer;

/**
 * Tells people about one event: a notification for each, and an e-mail queued in the same
 * transaction for those who get that kind by e-mail. An event handed over again (the
 * listener may be called more than once for one event) finds its notifications there
 * already and adds nothing, neither a notification nor a mail.
 */
@Component
class Notifier {

	private final NotificationRepository notifications;

	private final NotificationMailChoices choices;

	private final NotificationMails mails;

	private final Mailer mailer;

	private final Clock clock;

	Notifier(NotificationRepository notifications, NotificationMailChoices choices, NotificationMails mails,
			Mailer mailer, Clock clock) {
		this.notifications = notifications;
		this.choices = choices;
		this.mails = mails;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * The event's identity is a name-based UUID of its content: events carry when they
	 * happened, so two different events never have the same content, and an event read
	 * back from the event publication registry has the same content as the one published.
	 * @param event the domain event
	 * @return its identity
	 */
	static String eventKey(Object event) {
		return UUID.nameUUIDFromBytes((event.getClass().getName() + event).getBytes(StandardCharsets.UTF_8)).toString();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void tell(Object event, NotificationFacts facts, @Nullable String link, Collection<Addressee> recipients) {
		String key = eventKey(event);
		for (Addressee recipient : recipients) {
			if (this.notifications.existsByEventKeyAndRecipientId(key, recipient.accountId())) {
				continue;
			}
			this.notifications.save(new Notification(key, recipient.accountId(), facts, link, this.clock.instant()));
			if (this.choices.mails(recipient.accountId(), facts.kind())) {
				this.mailer.queue(this.mails.write(facts, link, recipient));
			}
		}
	}

}
