package com.partnerportal.relationship.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.customer.CustomerActor;
import com.partnerportal.relationship.DelegatedAdminNotApplicableException;
import com.partnerportal.relationship.DelegatedAdminRemoval;
import com.partnerportal.relationship.PartnerRelationships;
import com.partnerportal.relationship.RemovalPlan;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.web.FlashMessages;

/**
 * The customer's Partner relationships page, and the confirm-then-remove steps by which
 * its Global admin takes delegated admin away from partners.
 */
@Controller
@RequestMapping("/customer/partner-relationships")
class PartnerRelationshipsController {

	private static final String PAGE = "/customer/partner-relationships";

	private final PartnerRelationships relationships;

	private final DelegatedAdminRemoval removal;

	PartnerRelationshipsController(PartnerRelationships relationships, DelegatedAdminRemoval removal) {
		this.relationships = relationships;
		this.removal = removal;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		boolean mayRemove = acting(user).role().removesDelegatedAdmin();
		model.addAttribute("overview", this.relationships.overview(user.customerId()));
		model.addAttribute("mayRemove", mayRemove);
		if (!mayRemove) {
			model.addAttribute("globalAdmins",
					String.join(", ", this.relationships.globalAdminNames(user.customerId())));
		}
		return "relationships/list";
	}

	@GetMapping("/delegated-admin/remove")
	String confirmRemoval(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("removal") DelegatedAdminRemovalForm form, Model model) {
		model.addAttribute("plan", this.removal.plan(acting(user), form.toScope()));
		return "relationships/remove";
	}

	@PostMapping("/delegated-admin/remove")
	String remove(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute DelegatedAdminRemovalForm form,
			RedirectAttributes redirect) {
		try {
			RemovalPlan removed = this.removal.remove(acting(user), form.toScope());
			if (removed.isEmpty()) {
				FlashMessages.confirm(redirect, "relationships.removed.nothing");
			}
			else {
				FlashMessages.confirm(redirect, "relationships.removed." + removed.reach(),
						nameOrEmpty(removed.partnerName()), nameOrEmpty(removed.serviceName()),
						String.join(", ", removed.serviceNames()), String.join(", ", removed.partnerNames()));
			}
		}
		catch (ConcurrentChangeException ex) {
			// Someone changed the same relationship at the same moment; nothing was
			// removed, and the page shows the current state.
			FlashMessages.confirm(redirect, "relationships.removed.conflict");
		}
		return "redirect:" + PAGE;
	}

	@ExceptionHandler(DelegatedAdminNotApplicableException.class)
	ModelAndView notApplicable(DelegatedAdminNotApplicableException ex) {
		ModelAndView view = new ModelAndView("relationships/not-applicable", HttpStatus.BAD_REQUEST);
		view.addObject("serviceName", ex.getServiceName());
		return view;
	}

	/**
	 * @return the signed-in user as the service sees the one who acts
	 */
	private static CustomerActor acting(PortalUser user) {
		return new CustomerActor(user.actor(), user.customerId(), user.customerRole());
	}

	private static String nameOrEmpty(@Nullable String name) {
		return (name != null) ? name : "";
	}

}
