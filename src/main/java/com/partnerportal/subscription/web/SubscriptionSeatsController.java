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

import static com.partnerportal.subscription.SubscriptionOperation.ADD_SEATS;
import static com.partnerportal.subscription.SubscriptionOperation.REMOVE_SEATS;
import static com.partnerportal.web.FormValues.required;

/**
 * The partner of record adds seats to a subscription or removes some; removing shows what
 * the subscription would keep and asks for confirmation first.
 */
@Controller
@RequestMapping(SubscriptionOperationPages.PATH)
class SubscriptionSeatsController {

	private final SubscriptionOperationPages pages;

	private final SubscriptionOperations operations;

	SubscriptionSeatsController(SubscriptionOperationPages pages, SubscriptionOperations operations) {
		this.pages = pages;
		this.operations = operations;
	}

	@GetMapping("/seats/add")
	String addSeatsForm(SubscriptionPage page) {
		return this.pages.show(page.operation(ADD_SEATS), "seatsForm",
				(subscription) -> new SeatsForm(null, null, null));
	}

	@PostMapping("/seats/add")
	String addSeats(SubscriptionPage page, @Valid @ModelAttribute("seatsForm") SeatsForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return this.pages.perform(page.operation(ADD_SEATS), binding, "seats", form.version(), redirect,
				(u, c, s, version) -> this.operations.addSeats(u, c, s, version, required(form.seats())));
	}

	@GetMapping("/seats/remove")
	String removeSeatsForm(SubscriptionPage page) {
		return this.pages.show(page.operation(REMOVE_SEATS), "seatsForm",
				(subscription) -> new SeatsForm(null, null, null));
	}

	@PostMapping("/seats/remove")
	String removeSeats(SubscriptionPage page, @Valid @ModelAttribute("seatsForm") SeatsForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (!form.isConfirmed()) {
			return this.pages.confirm(page.operation(REMOVE_SEATS), binding, "seats", form.version(), "seatsAfter",
					(u, c, s, version) -> this.operations.previewRemoveSeats(u, c, s, version, required(form.seats())));
		}
		return this.pages.perform(page.operation(REMOVE_SEATS), binding, "seats", form.version(), redirect,
				(u, c, s, version) -> this.operations.removeSeats(u, c, s, version, required(form.seats())));
	}

}
