package com.partnerportal.subscription;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A rule refused an operation on a subscription. Nothing was changed. The exception is
 * its own translatable message, so a page or a form error can show the reason in the
 * user's language; arguments that are themselves {@link MessageSourceResolvable} are
 * translated too.
 */
public class SubscriptionRefusedException extends RuntimeException implements MessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private final SubscriptionRefusal refusal;

	private final Object[] arguments;

	/**
	 * @param refusal why
	 * @param arguments the values the reason's message names
	 */
	public SubscriptionRefusedException(SubscriptionRefusal refusal, Object... arguments) {
		super("Refused: " + refusal + " " + Arrays.toString(arguments));
		this.refusal = refusal;
		this.arguments = arguments.clone();
	}

	public SubscriptionRefusal getRefusal() {
		return this.refusal;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.refusal.messageKey() };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
