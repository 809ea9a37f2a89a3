package com.partnerportal.subscription.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.partnerportal.partner.PartnerActor;
import com.partnerportal.security.PortalUser;
import com.partnerportal.subscription.OperationChoices;
import com.partnerportal.subscription.OperationResult;
import com.partnerportal.subscription.SubscriptionChangedException;
import com.partnerportal.subscription.SubscriptionOperation;
import com.partnerportal.subscription.SubscriptionOperations;
import com.partnerportal.subscription.SubscriptionRefusal;
import com.partnerportal.subscription.SubscriptionRefusedException;
import com.partnerportal.subscription.SubscriptionView;
import com.partnerportal.web.FlashMessages;

import static com.partnerportal.web.FormValues.required;

/**
 * What every page of an operation on one subscription does the same way, whatever the
 * operation: shows the form with the subscription as it is now, calls the service at the
 * version the form was shown with, and turns the outcome into a confirmation and a
 * redirect, a confirmation page, or the form again with the reason. The controllers of
 * the operation families ({@link SubscriptionSeatsController},
 * {@link SubscriptionOfferController}, {@link SubscriptionPartnersController},
 * {@link SubscriptionStatusController}) take a {@link SubscriptionPage}, bind their forms
 * and name the service call; this advice also answers, for all of them, a refusal of the
 * operation as a whole.
 */
@ControllerAdvice(assignableTypes = { SubscriptionSeatsController.class, SubscriptionOfferController.class,
		SubscriptionPartnersController.class, SubscriptionStatusController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubscriptionOperationPages {

	/** Where every operation's pages live: under the subscription they act on. */
	static final String PATH = "/partner/customers/{customerId}/subscriptions/{subscriptionId}";

	private static final String CHANGED_MEANWHILE = "subscriptions.changedMeanwhile";

	private final SubscriptionOperations operations;

	private final MessageSource messages;

	SubscriptionOperationPages(SubscriptionOperations operations, MessageSource messages) {
		this.operations = operations;
		this.messages = messages;
	}

	/**
	 * Shows an operation's form (or its confirmation page), with the subscription as it
	 * is now. If its status does not allow the operation, the page says why instead.
	 * @param formName the form's model attribute
	 * @param form the form as it starts, from the subscription as it is now
	 * @return the operation's view
	 */
	String show(OperationPage page, String formName, Function<SubscriptionView, ?> form) {
		OperationChoices choices = describe(page, null, true);
		page.model().addAttribute(formName, form.apply(choices.subscription()));
		return viewOf(page.operation());
	}

	/**
	 * Shows the confirmation of a suspension, reactivation or cancellation.
	 * @return the operation's view
	 */
	String showStatus(OperationPage page) {
		return show(page, "statusForm", (subscription) -> new StatusForm(null));
	}

	/**
	 * Performs the operation if the form is valid, then returns to the subscriptions with
	 * a confirmation; otherwise shows the form again with the reason.
	 * @param field the form field a refusal of the user's input belongs to; {@code null}
	 * when the form has none
	 * @param formVersion the subscription's version the form was shown with
	 * @param action the service call
	 * @return the redirect, or the operation's view
	 */
	String perform(OperationPage page, BindingResult binding, @Nullable String field, @Nullable Long formVersion,
			RedirectAttributes redirect, Step<OperationResult> action) {
		Optional<OperationResult> done = attempt(page, binding, field, formVersion, action);
		if (done.isPresent()) {
			FlashMessages.confirm(redirect, "subscriptions.done." + page.operation(), done.get().offerName(),
					done.get().value());
			return "redirect:" + page.listPath();
		}
		return render(page, versionAfter(binding, formVersion));
	}

	/**
	 * Checks a destructive operation without performing it and, if nothing refuses it,
	 * shows its confirmation page with what it would do.
	 * @param field the form field a refusal of the user's input belongs to
	 * @param formVersion the subscription's version the form was shown with
	 * @param attribute the model attribute that holds what the operation would do
	 * @param preview the service call that checks without changing anything
	 * @return the operation's view
	 */
	String confirm(OperationPage page, BindingResult binding, String field, @Nullable Long formVersion,
			String attribute, Step<?> preview) {
		Optional<?> outcome = attempt(page, binding, field, formVersion, preview);
		outcome.ifPresent((value) -> {
			page.model().addAttribute(attribute, value);
			page.model().addAttribute("confirming", true);
		});
		return render(page, versionAfter(binding, formVersion));
	}

	/**
	 * The user may not perform the operation at all: a page that says why, with the 403
	 * (or 409) status the refusal deserves. Refusals the user can act on come back as
	 * form errors instead.
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

	private String render(OperationPage page, @Nullable Long formVersion) {
		describe(page, formVersion, false);
		return viewOf(page.operation());
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
	private OperationChoices describe(OperationPage page, @Nullable Long formVersion, boolean explainState) {
		Model model = page.model();
		OperationChoices choices = this.operations.choices(page.user(), page.customerId(), page.subscriptionId(),
				page.operation());
		model.addAttribute("choices", choices);
		model.addAttribute("subscription", choices.subscription());
		model.addAttribute("operation", page.operation());
		String listPath = page.listPath();
		model.addAttribute("listPath", listPath);
		model.addAttribute("operationPath", listPath + "/" + page.subscriptionId() + "/" + page.operation().path());
		model.addAttribute("formVersion", (formVersion != null) ? formVersion : choices.subscription().version());
		Optional<SubscriptionRefusal> stateRefusal = page.operation().refusalIn(choices.subscription().status());
		if (explainState && stateRefusal.isPresent()) {
			model.addAttribute("stateProblem",
					this.messages.getMessage(new SubscriptionRefusedException(stateRefusal.get()), page.locale()));
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

	private static <T> Optional<T> attempt(OperationPage page, BindingResult binding, @Nullable String field,
			@Nullable Long formVersion, Step<T> action) {
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(action.apply(page.user(), page.customerId(), page.subscriptionId(), required(formVersion)));
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
	 * A call to the service on the page's subscription, at the version the form was shown
	 * with; what else it takes comes from the form.
	 */
	@FunctionalInterface
	interface Step<T> {

		T apply(PartnerActor user, Long customerId, Long subscriptionId, long version);

	}

	/**
	 * A page under one subscription, as every operation's handler receives it: the
	 * signed-in user, the customer and subscription the URL names, and the page's model
	 * and language. The handler names its operation with {@link #operation}.
	 *
	 * @param signedIn the signed-in user
	 * @param customerId the customer in the URL
	 * @param subscriptionId the subscription in the URL
	 * @param model the page's model
	 * @param locale the user's language
	 */
	record SubscriptionPage(PortalUser signedIn, Long customerId, Long subscriptionId, Model model, Locale locale) {

		/**
		 * @param operation the operation the page is for
		 * @return the page of that operation
		 */
		OperationPage operation(SubscriptionOperation operation) {
			return new OperationPage(this.signedIn, this.customerId, this.subscriptionId, operation, this.model,
					this.locale);
		}

	}

	/**
	 * One operation's page being answered: whose subscription, which operation, and the
	 * page's model and language.
	 *
	 * @param signedIn the signed-in user
	 * @param customerId the customer in the URL
	 * @param subscriptionId the subscription in the URL
	 * @param operation the operation the page is for
	 * @param model the page's model
	 * @param locale the user's language
	 */
	record OperationPage(PortalUser signedIn, Long customerId, Long subscriptionId, SubscriptionOperation operation,
			Model model, Locale locale) {

		/**
		 * @return the signed-in user as the service sees the one who acts
		 */
		PartnerActor user() {
			return new PartnerActor(this.signedIn.actor(), this.signedIn.partnerId(), this.signedIn.partnerRole());
		}

		/**
		 * @return the path of the customer's subscriptions, where a done operation
		 * returns
		 */
		String listPath() {
			return "/partner/customers/" + this.customerId + "/subscriptions";
		}

	}

	/**
	 * Lets the handlers of subscription operations take a {@link SubscriptionPage}
	 * instead of the five parameters it stands for. The ids are converted as
	 * {@code @PathVariable} converts them, so that a URL with an id that is no number is
	 * answered as before.
	 */
	@Configuration(proxyBeanMethods = false)
	static class PageResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(this);
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == SubscriptionPage.class;
		}

		@Override
		public SubscriptionPage resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws Exception {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			if (request == null || container == null || binderFactory == null
					|| !(container.getModel() instanceof Model model) || !(request
						.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> ids)) {
				throw new IllegalStateException("A subscription page is resolved only for a handler of its URL");
			}
			if (!(webRequest.getUserPrincipal() instanceof Authentication authentication)
					|| !(authentication.getPrincipal() instanceof PortalUser user)) {
				throw new AccessDeniedException("Only a signed-in user acts on a subscription");
			}
			return new SubscriptionPage(user, id(ids, "customerId", parameter, webRequest, binderFactory),
					id(ids, "subscriptionId", parameter, webRequest, binderFactory), model,
					RequestContextUtils.getLocale(request));
		}

		private static Long id(Map<?, ?> ids, String name, MethodParameter parameter, NativeWebRequest webRequest,
				WebDataBinderFactory binderFactory) throws Exception {
			Object value = ids.get(name);
			WebDataBinder binder = binderFactory.createBinder(webRequest, null, name);
			try {
				Long id = binder.convertIfNecessary(value, Long.class, parameter);
				if (id == null) {
					throw new IllegalStateException("The URL names no " + name);
				}
				return id;
			}
			catch (TypeMismatchException ex) {
				throw new MethodArgumentTypeMismatchException(value, Long.class, name, parameter, ex.getCause());
			}
		}

	}

}
