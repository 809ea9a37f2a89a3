package com.partnerportal.customer.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.partnerportal.customer.CustomerAgreementProperties;

/**
 * The public page with the customer agreement in force, which a customer's Global admin
 * reads before accepting a partner's invitation.
 */
@Controller
class CustomerAgreementController {

	private final CustomerAgreementProperties agreement;

	CustomerAgreementController(CustomerAgreementProperties agreement) {
		this.agreement = agreement;
	}

	@GetMapping("/customer-agreement")
	String show(Model model) {
		model.addAttribute("agreementVersion", this.agreement.version());
		return "agreement/customer-agreement";
	}

}
