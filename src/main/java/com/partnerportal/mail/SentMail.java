package com.partnerportal.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.mail.internal.OutgoingMailRepository;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageNumbers;

/**
 * What the platform admin reads on the Sent mail page: every message the portal queued,
 * newest first, whether or not an SMTP server took it.
 */
@Service
@Transactional(readOnly = true)
public class SentMail {

	static final int PAGE_SIZE = 20;

	private final OutgoingMailRepository mails;

	private final MailDelivery delivery;

	SentMail(OutgoingMailRepository mails, MailDelivery delivery) {
		this.mails = mails;
		this.delivery = delivery;
	}

	public Page<OutgoingMail> page(int page) {
		return this.mails
			.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(PageNumbers.within(page, PAGE_SIZE), PAGE_SIZE));
	}

	public OutgoingMail message(Long id) {
		return this.mails.findById(id).orElseThrow(() -> new NotFoundException("Mail " + id));
	}

	public boolean delivering() {
		return this.delivery.sends();
	}

}
