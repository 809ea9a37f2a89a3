package com.partnerportal.mail;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.partnerportal.mail.internal.MailDelivery;
import com.partnerportal.mail.internal.OutgoingMailRepository;

/**
 * Queues mail as part of the change it tells about: the message is a row written in the
 * caller's transaction, so it exists exactly when the change does, and it is handed to
 * the SMTP server only after the commit, so that nobody is told of a change that was
 * rolled back.
 */
@Service
public class Mailer {

	private final OutgoingMailRepository mails;

	private final MailDelivery delivery;

	private final Clock clock;

	Mailer(OutgoingMailRepository mails, MailDelivery delivery, Clock clock) {
		this.mails = mails;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * Keeps the message and, once the caller's transaction has committed, delivers it if
	 * an SMTP server is configured.
	 * @param message the message, written in the recipient's language
	 * @return the queued message
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingMail queue(MailMessage message) {
		OutgoingMail mail = this.mails.save(new OutgoingMail(message, this.clock.instant()));
		Long id = mail.getId();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				Mailer.this.delivery.deliver(id, message);
			}

		});
		return mail;
	}

}
