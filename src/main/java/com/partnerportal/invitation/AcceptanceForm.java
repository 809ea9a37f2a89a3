package com.partnerportal.invitation;

/**
 * The accept form: the one thing the Global admin states besides accepting.
 *
 * @param agreementAccepted whether the box "I have read and accept the customer
 * agreement" is ticked
 */
record AcceptanceForm(boolean agreementAccepted) {

}
