package com.partnerportal.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
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
	SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment) throws Exception {
		http.authorizeHttpRequests((requests) -> operations(requests, environment)
			.requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/login",
					"/customer-agreement", "/livez", "/readyz")
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
	 * Actuator endpoints. On a management port of their own, which is kept away from the
	 * outside, they are open to whoever reaches it: Prometheus and probes cannot sign in.
	 * On the main port (the matchers then ignore the other one) the health probes are
	 * public, and build data and metrics are for platform admins only.
	 */
	private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry operations(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			Environment environment) {
		if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
			return requests.requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll();
		}
		return requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("PLATFORM_ADMIN");
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
