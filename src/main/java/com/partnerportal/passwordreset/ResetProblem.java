package com.partnerportal.passwordreset;

/**
 * Something wrong with the new password typed on a reset page.
 *
 * @param field the form field it concerns
 * @param messageKey the message that says what to change
 */
record ResetProblem(String field, String messageKey) {
}
