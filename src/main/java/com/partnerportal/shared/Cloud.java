package com.partnerportal.shared;

/**
 * The cloud an organisation lives in. Partners and customers can only work together
 * within one cloud.
 */
public enum Cloud {

	PUBLIC, US_GOVERNMENT, GERMANY;

	/**
	 * National clouds always include delegated admin in an invitation: their partners
	 * administer on the customer's behalf by design.
	 * @return whether this is a national (sovereign) cloud
	 */
	public boolean isNational() {
		return this != PUBLIC;
	}

}
