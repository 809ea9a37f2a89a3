package com.partnerportal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach which URL. The rules here are the first of three layers: services check
 * that the object asked for belongs to the user's organisation, and templates merely hide
 * what the user may not use.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PARTNER_RELATIONSHIP_MANAGERS = { "PARTNER_GLOBAL_ADMIN", "PARTNER_ADMIN_AGENT" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/login",
					"/customer-agreement")
			.permitAll()
			.requestMatchers("/invitations/*", "/invitations/*/register")
			.permitAll()
			.requestMatchers("/invitations/**")
			.hasRole("CUSTOMER")
			.requestMatchers("/partner/relationship-requests/link/**")
			.hasRole("PARTNER_GLOBAL_ADMIN")
			.requestMatchers("/partner/relationship-requests/**")
			.hasAnyRole(PARTNER_RELATIONSHIP_MANAGERS)
			.requestMatchers("/partner/users/**")
			.hasRole("PARTNER_GLOBAL_ADMIN")
			.requestMatchers("/partner/**")
			.hasRole("PARTNER")
			.requestMatchers("/customer/**")
			.hasRole("CUSTOMER")
			.requestMatchers("/admin/**")
			.hasRole("PLATFORM_ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut"));
		return http.build();
	}

	/**
	 * Hashes passwords with bcrypt and reads any hash that carries its algorithm's
	 * prefix, so the algorithm can be upgraded later without invalidating stored
	 * passwords.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
