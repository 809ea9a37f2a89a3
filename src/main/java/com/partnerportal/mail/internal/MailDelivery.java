package com.partnerportal.mail.internal;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerportal.mail.MailMessage;

/**
 * Hands queued messages to the SMTP server named by {@code spring.mail.host}. Without
 * one, as in the embedded default, messages are only kept, for the Sent mail page.
 */
@Component
public class MailDelivery {

	private static final Logger logger = LoggerFactory.getLogger(MailDelivery.class);

	private final @Nullable JavaMailSender sender;

	private final String from;

	private final OutgoingMailRepository mails;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${portal.mail.from}") String from, OutgoingMailRepository mails,
			PlatformTransactionManager transactionManager, Clock clock) {
		// Boot creates a sender for any spring.mail.host, an empty one included, which
		// is what an unset PORTAL_MAIL_HOST gives.
		this.sender = host.isBlank() ? null : sender.getIfAvailable();
		this.from = from;
		this.mails = mails;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @return whether messages are sent, rather than only kept
	 */
	public boolean sends() {
		return this.sender != null;
	}

	/**
	 * Sends one message and marks it sent. A failure is logged and leaves the message
	 * unsent; it never undoes the change that queued it, which has committed already.
	 * @param id the queued message's id
	 * @param message the message
	 */
	public void deliver(Long id, MailMessage message) {
		JavaMailSender sender = this.sender;
		if (sender == null) {
			return;
		}
		try {
			sender.send(mime(sender, message));
			this.newTransaction.executeWithoutResult((status) -> this.mails.markSent(id, this.clock.instant()));
		}
		catch (MessagingException | RuntimeException ex) {
			// MailException included: whatever fails here must not reach the caller,
			// whose change has committed.
			logger.warn("Mail {} to the SMTP server failed; it stays unsent: {}", id, ex.toString());
		}
	}

	private MimeMessage mime(JavaMailSender sender, MailMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		String html = message.html();
		MimeMessageHelper helper = new MimeMessageHelper(mime, html != null, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		if (html != null) {
			helper.setText(message.text(), html);
		}
		else {
			helper.setText(message.text());
		}
		mime.setHeader("Content-Language", message.language().toLanguageTag());
		return mime;
	}

}
