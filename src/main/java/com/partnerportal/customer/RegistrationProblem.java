package com.partnerportal.customer;

import java.util.List;

/**
 * One reason a registration was refused, tied to the form field it is about.
 *
 * @param field the name of the {@link NewCustomer} component concerned
 * @param messageKey the message explaining what to change
 * @param arguments values for the message's placeholders
 */
public record RegistrationProblem(String field, String messageKey, List<Object> arguments) {

	public RegistrationProblem {
		arguments = List.copyOf(arguments);
	}

	public RegistrationProblem(String field, String messageKey) {
		this(field, messageKey, List.of());
	}

}
