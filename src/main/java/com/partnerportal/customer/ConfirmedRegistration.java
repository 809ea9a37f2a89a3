package com.partnerportal.customer;

/**
 * A registration that has just created its organisation.
 *
 * @param admin the new Global admin, to sign in
 * @param invitationToken the invitation the registration came through, to continue with
 */
public record ConfirmedRegistration(CustomerUser admin, String invitationToken) {

}
