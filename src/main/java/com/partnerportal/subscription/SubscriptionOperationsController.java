package com.partnerportal.subscription;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.partnerportal.partner.PartnerActor;
import com.partnerportal.security.PortalUser;
import com.partnerportal.web.FlashMessages;

import static com.partnerportal.web.FormValues.required;

/**
 * The forms of the partner of record's operations on one subscription. Each is a GET that
 * shows the form and a POST that performs it; the destructive ones (removing seats,
 * changing the partner of record, suspending, cancelling) show what will happen and ask
 * for confirmation before the POST that changes anything. Refusals come back in the
 * user's language: as a 403 page when the user may not perform the operation at all, as a
 * form error otherwise.
 */
@Controller
@RequestMapping("/partner/customers/{customerId}/subscriptions/{subscriptionId}")
class SubscriptionOperationsController {

	private static final String CHANGED_MEANWHILE = "subscriptions.changedMeanwhile";

	private final SubscriptionOperations operations;

	private final MessageSource messages;

	SubscriptionOperationsController(SubscriptionOperations operations, MessageSource messages) {
		this.operations = operations;
		this.messages = messages;
	}

	@GetMapping("/seats/add")
	String addSeatsForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.ADD_SEATS, model, locale);
		return show(request, "seatsForm", (subscription) -> new SeatsForm(null, null, null));
	}

	@PostMapping("/seats/add")
	String addSeats(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("seatsForm") SeatsForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.ADD_SEATS, model, locale);
		return perform(request, binding, "seats", form.version(), redirect,
				(u, c, s, version) -> this.operations.addSeats(u, c, s, version, required(form.seats())));
	}

	@GetMapping("/seats/remove")
	String removeSeatsForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.REMOVE_SEATS, model,
				locale);
		return show(request, "seatsForm", (subscription) -> new SeatsForm(null, null, null));
	}

	@PostMapping("/seats/remove")
	String removeSeats(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("seatsForm") SeatsForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.REMOVE_SEATS, model,
				locale);
		if (!form.isConfirmed()) {
			return confirm(request, binding, "seats", form.version(), "seatsAfter",
					(u, c, s, version) -> this.operations.previewRemoveSeats(u, c, s, version, required(form.seats())));
		}
		return perform(request, binding, "seats", form.version(), redirect,
				(u, c, s, version) -> this.operations.removeSeats(u, c, s, version, required(form.seats())));
	}

	@GetMapping("/addons")
	String addonForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.ORDER_ADDON, model,
				locale);
		return show(request, "addonForm", (subscription) -> new AddonForm(null, null, null));
	}

	@PostMapping("/addons")
	String orderAddon(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("addonForm") AddonForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.ORDER_ADDON, model,
				locale);
		return perform(request, binding, "quantity", form.version(), redirect, (u, c, s, version) -> this.operations
			.orderAddon(u, c, s, version, required(form.addon()), required(form.quantity())));
	}

	@GetMapping("/offer")
	String offerForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.CHANGE_OFFER, model,
				locale);
		return show(request, "offerForm", (subscription) -> new OfferForm(null, null));
	}

	@PostMapping("/offer")
	String changeOffer(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("offerForm") OfferForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.CHANGE_OFFER, model,
				locale);
		return perform(request, binding, "offer", form.version(), redirect,
				(u, c, s, version) -> this.operations.changeOffer(u, c, s, version, required(form.offer())));
	}

	@GetMapping("/partner-of-record")
	String partnerOfRecordForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.CHANGE_PARTNER_OF_RECORD,
				model, locale);
		return show(request, "partnerForm", (subscription) -> new PartnerChoiceForm(null, null, null));
	}

	@PostMapping("/partner-of-record")
	String changePartnerOfRecord(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("partnerForm") PartnerChoiceForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.CHANGE_PARTNER_OF_RECORD,
				model, locale);
		if (!form.isConfirmed()) {
			return confirm(request, binding, "partner", form.version(), "newPartner", (u, c, s,
					version) -> this.operations.previewPartnerOfRecord(u, c, s, version, required(form.partner())));
		}
		return perform(request, binding, "partner", form.version(), redirect, (u, c, s, version) -> this.operations
			.changePartnerOfRecord(u, c, s, version, required(form.partner())));
	}

	@GetMapping("/support-contact")
	String supportContactForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT,
				model, locale);
		return show(request, "partnerForm",
				(subscription) -> new PartnerChoiceForm(subscription.supportContactId(), null, null));
	}

	@PostMapping("/support-contact")
	String designateSupportContact(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("partnerForm") PartnerChoiceForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT,
				model, locale);
		return perform(request, binding, "partner", form.version(), redirect, (u, c, s, version) -> this.operations
			.designateSupportContact(u, c, s, version, required(form.partner())));
	}

	@GetMapping("/suspend")
	String suspendForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		return showStatus(new Request(user, customerId, subscriptionId, SubscriptionOperation.SUSPEND, model, locale));
	}

	@PostMapping("/suspend")
	String suspend(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.SUSPEND, model, locale);
		return perform(request, binding, null, form.version(), redirect, this.operations::suspend);
	}

	@GetMapping("/reactivate")
	String reactivateForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		return showStatus(
				new Request(user, customerId, subscriptionId, SubscriptionOperation.REACTIVATE, model, locale));
	}

	@PostMapping("/reactivate")
	String reactivate(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.REACTIVATE, model,
				locale);
		return perform(request, binding, null, form.version(), redirect, this.operations::reactivate);
	}

	@GetMapping("/cancel")
	String cancelForm(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, Model model, Locale locale) {
		return showStatus(new Request(user, customerId, subscriptionId, SubscriptionOperation.CANCEL, model, locale));
	}

	@PostMapping("/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable Long customerId,
			@PathVariable Long subscriptionId, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		Request request = new Request(user, customerId, subscriptionId, SubscriptionOperation.CANCEL, model, locale);
		return perform(request, binding, null, form.version(), redirect, this.operations::cancel);
	}

	/**
	 * The user may not perform the operation at all: a page that says why, with the 403
	 * status the refusal deserves.
	 */
	@ExceptionHandler(SubscriptionRefusedException.class)
	ModelAndView refused(SubscriptionRefusedException ex, HttpServletRequest request, Locale locale) {
		ModelAndView view = new ModelAndView("subscriptions/refused",
				ex.getRefusal().isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
		view.addObject("reason", this.messages.getMessage(ex, locale));
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("customerId") instanceof String customerId) {
			view.addObject("customerId", customerId);
		}
		return view;
	}

	/**
	 * Shows an operation's form (or its confirmation page), with the subscription as it
	 * is now. If its status does not allow the operation, the page says why instead.
	 * @param formName the form's model attribute
	 * @param form the form as it starts, from the subscription as it is now
	 */
	private String show(Request request, String formName, Function<SubscriptionView, ?> form) {
		OperationChoices choices = describe(request, null, true);
		request.model().addAttribute(formName, form.apply(choices.subscription()));
		return viewOf(request.operation());
	}

	/**
	 * Shows the confirmation of a suspension, reactivation or cancellation.
	 */
	private String showStatus(Request request) {
		return show(request, "statusForm", (subscription) -> new StatusForm(null));
	}

	private String render(Request request, @Nullable Long formVersion) {
		describe(request, formVersion, false);
		return viewOf(request.operation());
	}

	/**
	 * Puts the subscription as it is now, and what the operation can choose from, in the
	 * page's model.
	 * @param formVersion the version the form continues from; {@code null} for the
	 * current one
	 * @param explainState whether to say why the subscription's status refuses the
	 * operation
	 * @return the operation's choices
	 */
	private OperationChoices describe(Request request, @Nullable Long formVersion, boolean explainState) {
		Model model = request.model();
		OperationChoices choices = this.operations.choices(request.user(), request.customerId(),
				request.subscriptionId(), request.operation());
		model.addAttribute("choices", choices);
		model.addAttribute("subscription", choices.subscription());
		model.addAttribute("operation", request.operation());
		String listPath = "/partner/customers/" + request.customerId() + "/subscriptions";
		model.addAttribute("listPath", listPath);
		model.addAttribute("operationPath",
				listPath + "/" + request.subscriptionId() + "/" + request.operation().path());
		model.addAttribute("formVersion", (formVersion != null) ? formVersion : choices.subscription().version());
		Optional<SubscriptionRefusal> stateRefusal = request.operation().refusalIn(choices.subscription().status());
		if (explainState && stateRefusal.isPresent()) {
			model.addAttribute("stateProblem",
					this.messages.getMessage(new SubscriptionRefusedException(stateRefusal.get()), request.locale()));
		}
		return choices;
	}

	private static String viewOf(SubscriptionOperation operation) {
		return switch (operation) {
			case ADD_SEATS, REMOVE_SEATS -> "subscriptions/seats";
			case ORDER_ADDON -> "subscriptions/addon";
			case CHANGE_OFFER -> "subscriptions/offer";
			case CHANGE_PARTNER_OF_RECORD, DESIGNATE_SUPPORT_CONTACT -> "subscriptions/partner";
			case SUSPEND, REACTIVATE, CANCEL -> "subscriptions/status";
		};
	}

	/**
	 * Performs the operation if the form is valid, then returns to the subscriptions with
	 * a confirmation; otherwise shows the form again with the reason.
	 */
	private String perform(Request request, BindingResult binding, @Nullable String field, @Nullable Long formVersion,
			RedirectAttributes redirect, Step<OperationResult> action) {
		Optional<OperationResult> done = attempt(request, binding, field, formVersion, action);
		if (done.isPresent()) {
			FlashMessages.confirm(redirect, "subscriptions.done." + request.operation(), done.get().offerName(),
					done.get().value());
			return "redirect:/partner/customers/" + request.customerId() + "/subscriptions";
		}
		return render(request, versionAfter(binding, formVersion));
	}

	/**
	 * Checks a destructive operation without performing it and, if nothing refuses it,
	 * shows its confirmation page with what it would do.
	 */
	private String confirm(Request request, BindingResult binding, String field, @Nullable Long formVersion,
			String attribute, Step<?> preview) {
		Optional<?> outcome = attempt(request, binding, field, formVersion, preview);
		outcome.ifPresent((value) -> {
			request.model().addAttribute(attribute, value);
			request.model().addAttribute("confirming", true);
		});
		return render(request, versionAfter(binding, formVersion));
	}

	private static <T> Optional<T> attempt(Request request, BindingResult binding, @Nullable String field,
			@Nullable Long formVersion, Step<T> action) {
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.apply(request.user(), request.customerId(), request.subscriptionId(),
					required(formVersion)));
		}
		catch (SubscriptionRefusedException ex) {
			if (ex.getRefusal().isForbidden()) {
				throw ex;
			}
			if (ex.getRefusal().isInput() && field != null) {
				binding.rejectValue(field, ex.getRefusal().messageKey(), ex.getArguments(), null);
			}
			else {
				binding.reject(ex.getRefusal().messageKey(), ex.getArguments(), null);
			}
		}
		catch (SubscriptionChangedException ex) {
			// Someone changed the subscription since the form was shown (or at the same
			// moment): nothing was changed, and the page shows it as it is now.
			binding.reject(CHANGED_MEANWHILE);
		}
		return Optional.empty();
	}

	/**
	 * After someone else's change the form continues from the current version, so that
	 * the user's next attempt, made knowingly, can succeed.
	 */
	private static @Nullable Long versionAfter(BindingResult binding, @Nullable Long formVersion) {
		boolean changedMeanwhile = binding.getGlobalErrors()
			.stream()
			.anyMatch((error) -> CHANGED_MEANWHILE.equals(error.getCode()));
		return changedMeanwhile ? null : formVersion;
	}

	/**
	 * One operation's page being answered: whose subscription, which operation, and the
	 * page's model and language.
	 */
	private record Request(PortalUser signedIn, Long customerId, Long subscriptionId, SubscriptionOperation operation,
			Model model, Locale locale) {

		/**
		 * @return the signed-in user as the service sees the one who acts
		 */
		PartnerActor user() {
			return new PartnerActor(this.signedIn.actor(), this.signedIn.partnerId(), this.signedIn.partnerRole());
		}

	}

	/**
	 * A call to the service on the request's subscription, at the version the form was
	 * shown with; what else it takes comes from the form.
	 */
	@FunctionalInterface
	private interface Step<T> {

		T apply(PartnerActor user, Long customerId, Long subscriptionId, long version);

	}

}
