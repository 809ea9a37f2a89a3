package com.partnerportal.invitation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.customer.CustomerRegistration;
import com.partnerportal.customer.CustomerUser;
import com.partnerportal.customer.NewCustomer;
import com.partnerportal.customer.RegistrationProblem;
import com.partnerportal.customer.RegistrationRefusedException;
import com.partnerportal.partner.Territory;
import com.partnerportal.security.SignIn;
import com.partnerportal.shared.Countries;
import com.partnerportal.web.FlashMessages;

/**
 * Registration of a customer organisation that has no account yet, reached from a
 * partner's invitation. The new Global admin is signed in and taken on to accept.
 */
@Controller
class InvitationRegistrationController {

	private static final String VIEW = "invitations/register";

	private final InvitationLanding landing;

	private final CustomerRegistration registration;

	private final SignIn signIn;

	InvitationRegistrationController(InvitationLanding landing, CustomerRegistration registration, SignIn signIn) {
		this.landing = landing;
		this.registration = registration;
		this.signIn = signIn;
	}

	@GetMapping("/invitations/{token}/register")
	String newForm(@PathVariable String token, Locale locale, Model model) {
		LandingDetails details = this.landing.describe(token);
		model.addAttribute("registration", RegistrationForm.startingIn(details.invitation().partner().getCountry()));
		return form(details, locale, model);
	}

	@PostMapping("/invitations/{token}/register")
	String create(@PathVariable String token, @Valid @ModelAttribute("registration") RegistrationForm form,
			BindingResult result, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		LandingDetails details = this.landing.describe(token);
		NewCustomer application = form.toNewCustomer(details.invitation().partner().getCloud());
		// The service's rules are checked even when the form has errors, so that every
		// problem shows at once; each field shows its first problem only.
		for (RegistrationProblem problem : this.registration.check(application)) {
			reject(result, problem);
		}
		// The only reason to register through the link is to accept it, which a
		// customer outside the partner's territory cannot: say so now, not after.
		Territory territory = this.landing.territory(details.invitation());
		if (!result.hasFieldErrors("country") && !territory.serves(application.country())) {
			result.rejectValue("country", "registration.country.outsideTerritory",
					new Object[] { details.invitation().partner().getName(), territory.countryList(locale) }, null);
		}
		if (result.hasErrors()) {
			return form(details, locale, model);
		}
		CustomerUser admin;
		try {
			admin = this.registration.register(application);
		}
		catch (RegistrationRefusedException ex) {
			ex.getProblems().forEach((problem) -> reject(result, problem));
			return form(details, locale, model);
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("registration.failed");
			return form(details, locale, model);
		}
		this.signIn.signIn(admin, request, response);
		FlashMessages.confirm(redirect, "registration.flash.registered", admin.getCustomer().getCompanyName());
		return "redirect:" + details.invitation().path() + "/accept";
	}

	private static void reject(BindingResult result, RegistrationProblem problem) {
		if (!result.hasFieldErrors(problem.field())) {
			result.rejectValue(problem.field(), problem.messageKey());
		}
	}

	private String form(LandingDetails details, Locale locale, Model model) {
		model.addAttribute("details", details);
		model.addAttribute("invitation", details.invitation());
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("territoryCountries", this.landing.territory(details.invitation()).countryList(locale));
		return VIEW;
	}

}
