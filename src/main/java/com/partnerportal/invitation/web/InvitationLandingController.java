package com.partnerportal.invitation.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.partnerportal.invitation.InvitationLanding;
import com.partnerportal.invitation.LandingDetails;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Countries;

/**
 * The public page an invitation link opens: who asks for what, and the ways on, signing
 * in or registering the organisation.
 */
@Controller
class InvitationLandingController {

	private final InvitationLanding landing;

	InvitationLandingController(InvitationLanding landing) {
		this.landing = landing;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, @AuthenticationPrincipal @Nullable PortalUser user, Locale locale,
			Model model) {
		addInvitation(this.landing.describe(token), locale, model);
		model.addAttribute("signedInCustomer", user != null && user.role().isCustomer());
		model.addAttribute("signedInOther", user != null && !user.role().isCustomer());
		return "invitations/landing";
	}

	/**
	 * Adds what the landing page's fragments read, which the accept pages show too.
	 * @param details the invitation as its pages describe it
	 * @param locale the reader's locale
	 * @param model the page's model
	 */
	static void addInvitation(LandingDetails details, Locale locale, Model model) {
		model.addAttribute("details", details);
		model.addAttribute("invitation", details.invitation());
		model.addAttribute("partnerCountry",
				Countries.displayName(details.invitation().partner().getCountry(), locale));
	}

}
