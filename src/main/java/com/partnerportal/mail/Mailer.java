package com.partnerportal.mail;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.mail.internal.OutgoingMailRepository;

/**
 * Queues mail as part of the change it tells about: the message is a row written in the
 * caller's transaction, so it exists exactly when the change does, and it is handed to
 * the SMTP server only after the commit, so that nobody is told of a change that was
 * rolled back. The {@link MailQueued} event it publishes is stored by the event
 * publication registry in the same transaction: the delivery it stands for is owed until
 * {@link MailDelivery} has completed it, and survives a failing mail server or a crash.
 */
@Service
public class Mailer {

	private final OutgoingMailRepository mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Mailer(OutgoingMailRepository mails, ApplicationEventPublisher events, Clock clock) {
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Keeps the message, in the caller's transaction, and delivers it once that
	 * transaction has committed: through the SMTP server if one is configured, retried
	 * until the server takes it; otherwise it is only kept, for the Sent mail page.
	 * @param message the message, written in the recipient's language
	 * @return the queued message
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingMail queue(MailMessage message) {
		OutgoingMail mail = this.mails.save(new OutgoingMail(message, this.clock.instant()));
		this.events.publishEvent(new MailQueued(mail.getId()));
		return mail;
	}

}
