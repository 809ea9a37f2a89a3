package com.partnerportal.relationship.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.partner.PartnerActor;
import com.partnerportal.relationship.RelationshipRemoval;
import com.partnerportal.relationship.RelationshipRemovalBlockedException;
import com.partnerportal.relationship.RemovalPreview;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.web.FlashMessages;

/**
 * The confirm-then-remove steps by which a partner ends its reseller relationship with a
 * customer. The URL rules let every partner role in; {@link RelationshipRemoval} refuses
 * the roles that may not remove, and answers 404 for a customer that is not the
 * partner's.
 */
@Controller
@RequestMapping("/partner/customers/{customerId}/relationship")
class RelationshipRemovalController {

	private static final String VIEW = "relationship-removal/confirm";

	private final RelationshipRemoval removal;

	RelationshipRemovalController(RelationshipRemoval removal) {
		this.removal = removal;
	}

	@GetMapping("/remove")
	String confirm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId, Model model) {
		model.addAttribute("preview", this.removal.preview(acting(user), customerId));
		return VIEW;
	}

	@PostMapping("/remove")
	String remove(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			RedirectAttributes redirect) {
		try {
			RemovalPreview removed = this.removal.remove(acting(user), customerId);
			FlashMessages.confirm(redirect, "relationshipRemoval.removed", removed.customerName());
		}
		catch (ConcurrentChangeException ex) {
			// Someone changed the same relationship at the same moment; nothing was
			// removed.
			FlashMessages.confirm(redirect, "relationshipRemoval.conflict");
		}
		return "redirect:/partner/customers";
	}

	private static PartnerActor acting(PortalUser user) {
		return new PartnerActor(user.actor(), user.partnerId(), user.partnerRole());
	}

	/**
	 * A removal posted while subscriptions block it (a stale page or a forged request)
	 * gets the same explanation the confirmation page gives.
	 */
	@ExceptionHandler(RelationshipRemovalBlockedException.class)
	ModelAndView blocked(RelationshipRemovalBlockedException ex) {
		ModelAndView view = new ModelAndView(VIEW, HttpStatus.CONFLICT);
		view.addObject("preview", ex.getPreview());
		view.addObject("refused", true);
		return view;
	}

}
