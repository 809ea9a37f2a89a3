package com.partnerportal.invitation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
		LandingDetails details = this.landing.describe(token);
		model.addAttribute("details", details);
		model.addAttribute("invitation", details.invitation());
		model.addAttribute("partnerCountry",
				Countries.displayName(details.invitation().partner().getCountry(), locale));
		model.addAttribute("signedInCustomer", user != null && user.hasRole("CUSTOMER"));
		model.addAttribute("signedInOther", user != null && !user.hasRole("CUSTOMER"));
		return "invitations/landing";
	}

}
