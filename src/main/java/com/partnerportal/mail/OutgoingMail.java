package com.partnerportal.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A message the portal queued, and whether the SMTP server has taken it.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String recipient;

	private String locale;

	private String subject;

	private String textBody;

	private @Nullable String htmlBody;

	private Instant createdAt;

	private @Nullable Instant sentAt;

	private @Nullable Instant keptAt;

	protected OutgoingMail() {
	}

	OutgoingMail(MailMessage message, Instant createdAt) {
		this.recipient = message.recipient();
		this.locale = message.language().toLanguageTag();
		this.subject = message.subject();
		this.textBody = message.text();
		this.htmlBody = message.html();
		this.createdAt = createdAt;
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Mail is not saved yet");
		}
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public Locale getLanguage() {
		return Locale.forLanguageTag(this.locale);
	}

	public String getSubject() {
		return this.subject;
	}

	public String getTextBody() {
		return this.textBody;
	}

	public @Nullable String getHtmlBody() {
		return this.htmlBody;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getSentAt() {
		return this.sentAt;
	}

	public boolean isSent() {
		return this.sentAt != null;
	}

	/**
	 * @return whether the message was kept without being sent, because no mail server is
	 * configured
	 */
	public boolean isKept() {
		return this.keptAt != null;
	}

	/**
	 * @return whether nothing more is to be done with the message: sent, or kept
	 */
	boolean isDelivered() {
		return isSent() || isKept();
	}

	void markSent(Instant now) {
		requireUndelivered();
		this.sentAt = now;
	}

	void markKept(Instant now) {
		requireUndelivered();
		this.keptAt = now;
	}

	private void requireUndelivered() {
		if (isDelivered()) {
			throw new IllegalStateException("Mail " + this.id + " was delivered already");
		}
	}

	/**
	 * @return the plain text cut into runs of text and web addresses, so that a page can
	 * show the addresses as links without ever treating the text as HTML
	 */
	public List<MailTextPart> textParts() {
		return MailTextPart.split(this.textBody);
	}

}
