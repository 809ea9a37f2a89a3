package com.partnerportal.customer;

import java.util.Locale;

/**
 * Where a registration came from, for the mail that answers it.
 *
 * @param invitationToken the token of the invitation link the form was reached through
 * @param invitationUrl the invitation link, absolute, for the owner of an existing
 * account to sign in through
 * @param confirmationUrlPrefix the absolute address the confirmation key is appended to
 * @param language the language the form was filled in
 */
public record RegistrationOrigin(String invitationToken, String invitationUrl, String confirmationUrlPrefix,
		Locale language) {

}
