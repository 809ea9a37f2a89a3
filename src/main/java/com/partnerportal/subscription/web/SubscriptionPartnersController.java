package com.partnerportal.subscription.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.subscription.SubscriptionOperations;
import com.partnerportal.subscription.web.SubscriptionOperationPages.OperationPage;
import com.partnerportal.subscription.web.SubscriptionOperationPages.SubscriptionPage;

import static com.partnerportal.subscription.SubscriptionOperation.CHANGE_PARTNER_OF_RECORD;
import static com.partnerportal.subscription.SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT;
import static com.partnerportal.web.FormValues.required;

/**
 * The partner of record chooses the partners of a subscription: hands the subscription to
 * another partner of record (shown and confirmed first), or designates its support
 * contact.
 */
@Controller
@RequestMapping(SubscriptionOperationPages.PATH)
class SubscriptionPartnersController {

	private final SubscriptionOperationPages pages;

	private final SubscriptionOperations operations;

	SubscriptionPartnersController(SubscriptionOperationPages pages, SubscriptionOperations operations) {
		this.pages = pages;
		this.operations = operations;
	}

	@GetMapping("/partner-of-record")
	String partnerOfRecordForm(SubscriptionPage page) {
		return this.pages.show(page.operation(CHANGE_PARTNER_OF_RECORD), "partnerForm",
				(subscription) -> new PartnerChoiceForm(null, null, null));
	}

	@PostMapping("/partner-of-record")
	String changePartnerOfRecord(SubscriptionPage page, @Valid @ModelAttribute("partnerForm") PartnerChoiceForm form,
			BindingResult binding, RedirectAttributes redirect) {
		OperationPage operationPage = page.operation(CHANGE_PARTNER_OF_RECORD);
		if (!form.isConfirmed()) {
			return this.pages.confirm(operationPage, binding, "partner", form.version(), "newPartner", (u, c, s,
					version) -> this.operations.previewPartnerOfRecord(u, c, s, version, required(form.partner())));
		}
		return this.pages.perform(operationPage, binding, "partner", form.version(), redirect, (u, c, s,
				version) -> this.operations.changePartnerOfRecord(u, c, s, version, required(form.partner())));
	}

	@GetMapping("/support-contact")
	String supportContactForm(SubscriptionPage page) {
		return this.pages.show(page.operation(DESIGNATE_SUPPORT_CONTACT), "partnerForm",
				(subscription) -> new PartnerChoiceForm(subscription.supportContactId(), null, null));
	}

	@PostMapping("/support-contact")
	String designateSupportContact(SubscriptionPage page, @Valid @ModelAttribute("partnerForm") PartnerChoiceForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return this.pages.perform(page.operation(DESIGNATE_SUPPORT_CONTACT), binding, "partner", form.version(),
				redirect, (u, c, s, version) -> this.operations.designateSupportContact(u, c, s, version,
						required(form.partner())));
	}

}
