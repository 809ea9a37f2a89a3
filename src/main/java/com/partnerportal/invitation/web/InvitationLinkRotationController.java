package com.partnerportal.invitation.web;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.web.FlashMessages;

/**
 * A partner Global admin replaces the partner's invitation link, after a page that says
 * the old link stops working. The URL rules let Admin agents into the request pages too;
 * replacing the link is refused to them here, because it breaks every link the partner
 * has already sent.
 */
@Controller
@RequestMapping("/partner/relationship-requests/link/rotate")
class InvitationLinkRotationController {

	private final InvitationLinks invitationLinks;

	InvitationLinkRotationController(InvitationLinks invitationLinks) {
		this.invitationLinks = invitationLinks;
	}

	@GetMapping
	String confirm(@AuthenticationPrincipal PortalUser user, Model model) {
		requireMayReplaceLink(user);
		Optional<Long> version = this.invitationLinks.currentVersion(user.partnerId());
		model.addAttribute("hasLink", version.isPresent());
		version.ifPresent((current) -> model.addAttribute("linkVersion", current));
		return "invitations/rotate-link";
	}

	@PostMapping
	String rotate(@AuthenticationPrincipal PortalUser user, @RequestParam long version, RedirectAttributes redirect) {
		requireMayReplaceLink(user);
		boolean rotated;
		try {
			rotated = this.invitationLinks.rotate(user.partnerId(), version, user.actor());
		}
		catch (ConcurrentChangeException ex) {
			// The same form, sent twice at once: the other request replaced the link.
			rotated = false;
		}
		FlashMessages.confirm(redirect, rotated ? "invitationLink.rotate.done" : "invitationLink.rotate.alreadyDone");
		return "redirect:/partner/relationship-requests/new";
	}

	private static void requireMayReplaceLink(PortalUser user) {
		if (!user.partnerRole().replacesInvitationLink()) {
			throw new AccessDeniedException("Only a partner Global admin may replace the invitation link");
		}
	}

}
