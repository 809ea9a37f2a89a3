package com.partnerportal.relationship;

/**
 * The partner asked to remove a relationship while it is still the partner of record of
 * active subscriptions of the customer.
 */
public class RelationshipRemovalBlockedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient RemovalPreview preview;

	RelationshipRemovalBlockedException(RemovalPreview preview) {
		super("Customer " + preview.customerId() + " has " + preview.blockers().size()
				+ " active subscriptions sold by the partner");
		this.preview = preview;
	}

	/**
	 * @return the refused removal, with the subscriptions that block it
	 */
	public RemovalPreview getPreview() {
		return this.preview;
	}

}
