package com.partnerportal.invitation;

/**
 * A Global admin of the customer, named to a colleague who may not accept an invitation
 * so that they know whom to ask.
 *
 * @param name the Global admin's name
 * @param email the Global admin's e-mail address
 */
public record AcceptanceContact(String name, String email) {

}
