package com.partnerportal.subscription.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.partnerportal.security.PortalUser;
import com.partnerportal.subscription.SubscriptionQueries;

/**
 * The customer's own subscriptions: what it has, who sold each and who supports it. Every
 * user of the customer may look; nobody changes anything here.
 */
@Controller
@RequestMapping("/customer/subscriptions")
class CustomerSubscriptionsController {

	private final SubscriptionQueries queries;

	CustomerSubscriptionsController(SubscriptionQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("subscriptions", this.queries.ofCustomer(user.customerId()));
		return "subscriptions/customer-list";
	}

}
