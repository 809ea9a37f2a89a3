package com.partnerportal.mail;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.partnerportal.mail.internal.OutgoingMailRepository;

/**
 * Hands queued messages to the SMTP server named by {@code spring.mail.host}. Without
 * one, as in the embedded default, messages are only kept, for the Sent mail page.
 * <p>
 * Runs after the commit of the change that queued the message, on a thread of its own, as
 * the listener of the {@link MailQueued} publication. A message is delivered exactly
 * once: its row is locked first, and a message already sent or kept is left alone, so a
 * publication handed over again (resubmitted after a failure or a crash, or by two
 * instances at once) sends nothing twice. When the server fails, the listener fails: the
 * row stays unsent, the publication stays incomplete, and the resubmission job tries
 * again later; the change that queued the message has committed and is never undone.
 */
@Component
class MailDelivery {

	/** The listener's id in the event publication registry; it must not change. */
	static final String LISTENER_ID = "mail.delivery";

	private static final Logger logger = LoggerFactory.getLogger(MailDelivery.class);

	private final @Nullable JavaMailSender sender;

	private final String from;

	private final OutgoingMailRepository mails;

	private final Clock clock;

	MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${portal.mail.from}") String from, OutgoingMailRepository mails, Clock clock) {
		// Boot creates a sender for any spring.mail.host, an empty one included, which
		// is what an unset PORTAL_MAIL_HOST gives.
		this.sender = host.isBlank() ? null : sender.getIfAvailable();
		this.from = from;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * @return whether messages are sent, rather than only kept
	 */
	boolean sends() {
		return this.sender != null;
	}

	/**
	 * Sends one queued message and marks it sent, or, without a mail server, marks it
	 * kept, in a transaction of its own that holds the message's row until the server has
	 * taken it.
	 * @param queued the message queued
	 * @throws MailException if the server did not take the message; it stays unsent
	 */
	@ApplicationModuleListener(id = LISTENER_ID)
	void deliver(MailQueued queued) {
		OutgoingMail mail = this.mails.lockById(queued.mailId()).orElse(null);
		if (mail == null || mail.isDelivered()) {
			// Delivered by an earlier attempt: the row's mark is the guard against twice.
			return;
		}
		JavaMailSender sender = this.sender;
		if (sender == null) {
			mail.markKept(this.clock.instant());
			return;
		}
		try {
			sender.send(mime(sender, mail));
		}
		catch (MailException ex) {
			logger.warn("Mail {} to the SMTP server failed; it stays unsent and is tried again later: {}", mail.getId(),
					ex.toString());
			throw ex;
		}
		mail.markSent(this.clock.instant());
	}

	private MimeMessage mime(JavaMailSender sender, OutgoingMail mail) {
		try {
			MimeMessage mime = sender.createMimeMessage();
			String html = mail.getHtmlBody();
			MimeMessageHelper helper = new MimeMessageHelper(mime, html != null, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.getRecipient());
			helper.setSubject(mail.getSubject());
			if (html != null) {
				helper.setText(mail.getTextBody(), html);
			}
			else {
				helper.setText(mail.getTextBody());
			}
			mime.setHeader("Content-Language", mail.getLanguage().toLanguageTag());
			return mime;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

}
