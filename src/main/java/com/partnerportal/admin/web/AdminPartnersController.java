package com.partnerportal.admin.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.admin.NameFilter;
import com.partnerportal.admin.PlatformOverview;
import com.partnerportal.partner.OnboardingRejectedException;
import com.partnerportal.partner.PartnerOnboarding;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.Region;
import com.partnerportal.web.FlashMessages;
import com.partnerportal.web.PageLinks;

/**
 * The platform admin's partners list and the creation of a partner organisation with its
 * first Global admin.
 */
@Controller
@RequestMapping("/admin/partners")
class AdminPartnersController {

	private final PlatformOverview overview;

	private final PartnerOnboarding onboarding;

	AdminPartnersController(PlatformOverview overview, PartnerOnboarding onboarding) {
		this.overview = overview;
		this.onboarding = onboarding;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		NameFilter filter = NameFilter.of(name);
		var partners = this.overview.partners(filter, page);
		model.addAttribute("partners", partners);
		model.addAttribute("links", PageLinks.of(partners));
		model.addAttribute("nameFilter", filter.text());
		model.addAttribute("countryNames", new CountryNames(locale));
		return "admin/partners";
	}

	@GetMapping("/new")
	String newForm(Model model, Locale locale) {
		model.addAttribute("partnerForm", PartnerForm.empty());
		return form(model, locale);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("partnerForm") PartnerForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		// A value that cannot be converted (an unknown choice, a checkbox that is not a
		// boolean) leaves the binding result without a form to attach another field
		// error to; the confirmation is compared once the rest of the form binds.
		if (result.getTarget() != null && !result.hasFieldErrors("password") && !form.passwordConfirmed()) {
			result.rejectValue("passwordConfirmation", "admin.partnerForm.password.mismatch");
		}
		if (result.hasErrors()) {
			return form(model, locale);
		}
		try {
			PartnerUser admin = this.onboarding.onboard(form.toNewPartner(), form.toGlobalAdmin(), user.actor());
			FlashMessages.confirm(redirect, "admin.partners.created", admin.organisationName(), admin.getEmail());
			return "redirect:/admin/partners";
		}
		catch (OnboardingRejectedException ex) {
			switch (ex.reason()) {
				case PARTNER_NAME_TAKEN -> result.rejectValue("name", "admin.partnerForm.name.taken");
				case COUNTRY_UNKNOWN -> result.rejectValue("country", "admin.partnerForm.country.unknown");
				case REGION_WITHOUT_COUNTRY -> result.rejectValue("region", "admin.partnerForm.region.withoutCountry");
				case EMAIL_TAKEN -> result.rejectValue("adminEmail", "admin.partnerForm.adminEmail.taken");
				case PASSWORD_IS_EMAIL -> result.rejectValue("password", "admin.partnerForm.password.isEmail");
				case PASSWORD_TOO_COMMON -> result.rejectValue("password", "admin.partnerForm.password.tooCommon");
				case PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG ->
					result.rejectValue("password", "admin.partnerForm.password.length");
			}
			return form(model, locale);
		}
		catch (ConcurrentChangeException ex) {
			// Another admin took the name or the e-mail address at the same moment;
			// nothing was written.
			result.reject("admin.partnerForm.conflict");
			return form(model, locale);
		}
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("regions", Region.values());
		model.addAttribute("clouds", Cloud.values());
		return "admin/partner-form";
	}

	/**
	 * Lets the template name a country in the reader's language.
	 *
	 * @param locale the reader's locale
	 */
	record CountryNames(Locale locale) {

		public String of(String code) {
			return Countries.displayName(code, this.locale);
		}

	}

}
