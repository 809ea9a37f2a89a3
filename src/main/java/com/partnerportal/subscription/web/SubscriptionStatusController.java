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

import static com.partnerportal.subscription.SubscriptionOperation.CANCEL;
import static com.partnerportal.subscription.SubscriptionOperation.REACTIVATE;
import static com.partnerportal.subscription.SubscriptionOperation.SUSPEND;

/**
 * The partner of record suspends, reactivates or cancels a subscription; each asks for
 * confirmation on a page of its own first.
 */
@Controller
@RequestMapping(SubscriptionOperationPages.PATH)
class SubscriptionStatusController {

	private final SubscriptionOperationPages pages;

	private final SubscriptionOperations operations;

	SubscriptionStatusController(SubscriptionOperationPages pages, SubscriptionOperations operations) {
		this.pages = pages;
		this.operations = operations;
	}

	@GetMapping("/suspend")
	String suspendForm(SubscriptionPage page) {
		return this.pages.showStatus(page.operation(SUSPEND));
	}

	@PostMapping("/suspend")
	String suspend(SubscriptionPage page, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return this.pages.perform(page.operation(SUSPEND), binding, null, form.version(), redirect,
				this.operations::suspend);
	}

	@GetMapping("/reactivate")
	String reactivateForm(SubscriptionPage page) {
		return this.pages.showStatus(page.operation(REACTIVATE));
	}

	@PostMapping("/reactivate")
	String reactivate(SubscriptionPage page, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return this.pages.perform(page.operation(REACTIVATE), binding, null, form.version(), redirect,
				this.operations::reactivate);
	}

	@GetMapping("/cancel")
	String cancelForm(SubscriptionPage page) {
		return this.pages.showStatus(page.operation(CANCEL));
	}

	@PostMapping("/cancel")
	String cancel(SubscriptionPage page, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return this.pages.perform(page.operation(CANCEL), binding, null, form.version(), redirect,
				this.operations::cancel);
	}

}
