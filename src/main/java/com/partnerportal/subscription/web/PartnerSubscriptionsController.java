package com.partnerportal.subscription.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.partnerportal.account.PartnerRole;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.subscription.PartnerSubscriptionLine;
import com.partnerportal.subscription.SubscriptionQueries.CustomerSubscriptions;
import com.partnerportal.subscription.SubscriptionQueries;

/**
 * A customer's subscriptions as one of its partners sees them: every subscription,
 * whoever sold it, with the operations the user may start on those its partner sold.
 * Every partner role may look.
 */
@Controller
@RequestMapping("/partner/customers/{customerId}/subscriptions")
class PartnerSubscriptionsController {

	private final SubscriptionQueries queries;

	PartnerSubscriptionsController(SubscriptionQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId, Model model) {
		CustomerSubscriptions customer = this.queries.forPartner(user.partnerId(), customerId)
			.orElseThrow(() -> new NotFoundException("No customer " + customerId + " for this partner"));
		PartnerRole role = user.partnerRole();
		model.addAttribute("customer", customer);
		model.addAttribute("role", role);
		model.addAttribute("lines",
				customer.subscriptions()
					.stream()
					.map((subscription) -> PartnerSubscriptionLine.of(subscription, user.partnerId(), role))
					.toList());
		return "subscriptions/partner-list";
	}

}
