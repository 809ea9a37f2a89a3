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
import com.partnerportal.subscription.web.SubscriptionOperationPages.SubscriptionPage;

import static com.partnerportal.subscription.SubscriptionOperation.CHANGE_OFFER;
import static com.partnerportal.subscription.SubscriptionOperation.ORDER_ADDON;
import static com.partnerportal.web.FormValues.required;

/**
 * The partner of record changes what a subscription buys: orders an add-on for it, or
 * moves it to another offer of its service.
 */
@Controller
@RequestMapping(SubscriptionOperationPages.PATH)
class SubscriptionOfferController {

	private final SubscriptionOperationPages pages;

	private final SubscriptionOperations operations;

	SubscriptionOfferController(SubscriptionOperationPages pages, SubscriptionOperations operations) {
		this.pages = pages;
		this.operations = operations;
	}

	@GetMapping("/addons")
	String addonForm(SubscriptionPage page) {
		return this.pages.show(page.operation(ORDER_ADDON), "addonForm",
				(subscription) -> new AddonForm(null, null, null));
	}

	@PostMapping("/addons")
	String orderAddon(SubscriptionPage page, @Valid @ModelAttribute("addonForm") AddonForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return this.pages.perform(page.operation(ORDER_ADDON), binding, "quantity", form.version(), redirect,
				(u, c, s, version) -> this.operations.orderAddon(u, c, s, version, required(form.addon()),
						required(form.quantity())));
	}

	@GetMapping("/offer")
	String offerForm(SubscriptionPage page) {
		return this.pages.show(page.operation(CHANGE_OFFER), "offerForm", (subscription) -> new OfferForm(null, null));
	}

	@PostMapping("/offer")
	String changeOffer(SubscriptionPage page, @Valid @ModelAttribute("offerForm") OfferForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return this.pages.perform(page.operation(CHANGE_OFFER), binding, "offer", form.version(), redirect,
				(u, c, s, version) -> this.operations.changeOffer(u, c, s, version, required(form.offer())));
	}

}
