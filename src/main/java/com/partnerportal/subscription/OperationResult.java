package com.partnerportal.subscription;

/**
 * What an operation did, for the confirmation shown afterwards and the activity log.
 *
 * @param offerName the subscription's offer after the operation
 * @param value what the operation set, such as the new seat count or partner's name
 * @param oldValue the activity log's value before
 * @param newValue the activity log's value after
 */
record OperationResult(String offerName, String value, String oldValue, String newValue) {
}
