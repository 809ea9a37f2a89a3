package com.partnerportal.mail.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.partnerportal.mail.OutgoingMail;
import com.partnerportal.mail.SentMail;
import com.partnerportal.web.PageLinks;

/**
 * The platform admin's Sent mail page. With no SMTP server configured it is where the
 * portal's mail can be read, so that somebody trying the demo can follow a confirmation
 * link. The URL rules admit platform admins only.
 */
@Controller
@RequestMapping("/admin/mail")
class SentMailController {

	private final SentMail sentMail;

	SentMailController(SentMail sentMail) {
		this.sentMail = sentMail;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<OutgoingMail> mails = this.sentMail.page(page);
		model.addAttribute("mails", mails);
		model.addAttribute("links", PageLinks.of(mails));
		model.addAttribute("delivering", this.sentMail.delivering());
		return "admin/mail";
	}

	@GetMapping("/{id}")
	String message(@PathVariable Long id, Model model) {
		model.addAttribute("mail", this.sentMail.message(id));
		return "admin/mail-message";
	}

}
