package com.partnerportal.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which customer agreement is in force, so that customers who accepted an older version
 * are asked again.
 *
 * @param version the version a customer's Global admin must have accepted, as shown on
 * the agreement page and recorded on the customer
 */
@ConfigurationProperties("portal.customer-agreement")
public record CustomerAgreementProperties(String version) {

}
