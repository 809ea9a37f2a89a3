package com.partnerportal.invitation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.partnerportal.customer.ConfirmedRegistration;
import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.RegistrationProblem;
import com.partnerportal.invitation.InvitationLanding;
import com.partnerportal.invitation.InvitationRegistration;
import com.partnerportal.invitation.LandingDetails;
import com.partnerportal.security.SignIn;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.web.FlashMessages;

/**
 * Registration of a customer organisation that has no account yet, reached from a
 * partner's invitation. The form is answered with a mail; the link in it confirms the
 * registration, signs the new Global admin in and takes the person on to accept.
 */
@Controller
class InvitationRegistrationController {

	private static final String VIEW = "invitations/register";

	private static final String SENT_TO = "registrationSentTo";

	private final InvitationLanding landing;

	private final InvitationRegistration submission;

	private final CustomerRegistration registration;

	private final SignIn signIn;

	private final String publicUrl;

	InvitationRegistrationController(InvitationLanding landing, InvitationRegistration submission,
			CustomerRegistration registration, SignIn signIn, @Value("${portal.public-url:}") String publicUrl) {
		this.landing = landing;
		this.submission = submission;
		this.registration = registration;
		this.signIn = signIn;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping("/invitations/{token}/register")
	String newForm(@PathVariable String token, Locale locale, Model model) {
		LandingDetails details = this.landing.describe(token);
		model.addAttribute("registration", RegistrationForm.startingIn(details.invitation().partner().getCountry()));
		return form(details, locale, model);
	}

	@PostMapping("/invitations/{token}/register")
	String create(@PathVariable String token, @Valid @ModelAttribute("registration") RegistrationForm form,
			BindingResult result, Locale locale, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		LandingDetails details = this.landing.describe(token);
		// The service's rules are checked even when the form has errors, so that every
		// problem shows at once; each field shows its first problem only.
		for (RegistrationProblem problem : this.submission.submit(token,
				form.toNewCustomer(details.invitation().partner().getCloud()), !result.hasErrors(), locale,
				request.getRemoteAddr(), portalUrl())) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
			}
		}
		if (result.hasErrors()) {
			return form(details, locale, model);
		}
		// The same answer whether the address or the domain has an account or not.
		redirect.addFlashAttribute(SENT_TO, form.toNewCustomer(details.invitation().partner().getCloud()).email());
		return "redirect:" + details.invitation().path() + "/register/sent";
	}

	@GetMapping("/invitations/{token}/register/sent")
	String sent(@PathVariable String token, Model model) {
		LandingDetails details = this.landing.describe(token);
		model.addAttribute("invitation", details.invitation());
		return "invitations/register-sent";
	}

	@GetMapping("/registrations/{key}")
	String confirmation(@PathVariable String key, Model model) {
		model.addAttribute("pending", this.registration.describe(key));
		model.addAttribute("key", key);
		return "invitations/register-confirm";
	}

	@PostMapping("/registrations/{key}")
	String confirm(@PathVariable String key, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		ConfirmedRegistration confirmed = this.registration.confirm(key);
		this.signIn.signIn(confirmed.admin(), request, response);
		FlashMessages.confirm(redirect, "registration.flash.registered",
				confirmed.admin().getCustomer().getCompanyName());
		String next = nextPage(confirmed.invitationToken());
		return "redirect:" + next;
	}

	/**
	 * @return the accept page of the invitation, or the home page if the partner has
	 * replaced its link since
	 */
	private String nextPage(String invitationToken) {
		try {
			return this.landing.describe(invitationToken).invitation().path() + "/accept";
		}
		catch (NotFoundException ex) {
			return "/";
		}
	}

	private String portalUrl() {
		// A configured address keeps a forged Host header out of the links people get
		// by mail.
		return this.publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: this.publicUrl;
	}

	private String form(LandingDetails details, Locale locale, Model model) {
		model.addAttribute("details", details);
		model.addAttribute("invitation", details.invitation());
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("territoryCountries", this.landing.territory(details.invitation()).countryList(locale));
		return VIEW;
	}

}
