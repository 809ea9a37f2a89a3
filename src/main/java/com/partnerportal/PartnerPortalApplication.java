package com.partnerportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Partner Portal: partners bring customers into reseller relationships, customers
 * control the delegated administration they grant.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerPortalApplication.class, args);
	}

}
