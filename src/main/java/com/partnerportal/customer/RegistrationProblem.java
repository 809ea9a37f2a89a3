package com.partnerportal.customer;

/**
 * One reason a registration was refused, tied to the form field it is about.
 *
 * @param field the name of the {@link NewCustomer} component concerned
 * @param messageKey the message explaining what to change
 */
public record RegistrationProblem(String field, String messageKey) {

}
