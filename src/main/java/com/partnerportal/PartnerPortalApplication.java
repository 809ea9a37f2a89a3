package com.partnerportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The Partner Portal: partners bring customers into reseller relationships, customers
 * control the delegated administration they grant.
 * <p>
 * Asynchronous listeners ({@code @ApplicationModuleListener}) do after a commit what must
 * neither delay nor fail the change that caused it, such as delivering mail.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class PartnerPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerPortalApplication.class, args);
	}

}
