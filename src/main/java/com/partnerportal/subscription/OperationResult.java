package com.partnerportal.subscription;

/**
 * What an operation did, for the confirmation shown afterwards and the event published.
 *
 * @param offerName the subscription's offer after the operation
 * @param value what the operation set, such as the new seat count or partner's name
 * @param event what happened, as published to the rest of the portal
 */
public record OperationResult(String offerName, String value, Object event) {
}
