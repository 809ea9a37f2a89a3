package com.partnerportal.security;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.partnerportal.account.PartnerRole;

/**
 * Who may reach which URL. The rules here are the first of three layers: services check
 * that the object asked for belongs to the user's organisation, and templates merely hide
 * what the user may not use. Which role may do what is decided by {@link PartnerRole} and
 * {@code CustomerRole} alone; the rules here ask them through {@link Authorities}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts, styles, images and fonts only from the portal itself, no inline script or
	 * style, no plugins, forms only to the portal, and no framing by any page.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/** Files every page loads, which act for nobody. */
	static final String[] STATIC_RESOURCES = { "/css/**", "/js/**", "/images/**", "/favicon.ico", "/favicon.svg" };

	/**
	 * What is served the same to everybody and needs no session: the static files and the
	 * liveness and readiness probes.
	 */
	static final String[] SESSIONLESS = Stream.concat(Arrays.stream(STATIC_RESOURCES), Stream.of("/livez", "/readyz"))
		.toArray(String[]::new);

	/** Pages anybody may use without signing in. */
	static final String[] PUBLIC_PAGES = { "/error", "/login", "/customer-agreement", "/livez", "/readyz",
			"/invitations/*", "/invitations/*/register", "/invitations/*/register/sent", "/registrations/*",
			"/password-reset", "/password-reset/*" };

	/**
	 * Style sheets, scripts, icons and the probes: the same for everybody, so they are
	 * served with the security headers but without the session, the signed-in user or a
	 * CSRF token, none of which they need, and which cost a read of the session (and a
	 * write of its last access) for each file a page loads and each probe.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain sessionlessFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(SESSIONLESS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			// The files' own Cache-Control (spring.web.resources.cache) lets browsers
			// keep
			// them; only probes, which keep nothing, read the probes' answers.
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.addFilterBefore(new NoSessionFilter(), SecurityContextHolderFilter.class);
		return securityHeaders(http).build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment, AttemptThrottle throttle,
			SignInThrottleProperties throttleProperties, CurrentAccounts accounts,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> pages)
			throws Exception {
		http.authorizeHttpRequests((requests) -> operations(requests, environment).requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/invitations/**")
			.hasAnyAuthority(Authorities.anyCustomerRole())
			.requestMatchers("/partner/relationship-requests/link/**")
			.hasAnyAuthority(Authorities.partnerRoles(PartnerRole::replacesInvitationLink))
			.requestMatchers("/partner/relationship-requests/**")
			.hasAnyAuthority(Authorities.partnerRoles(PartnerRole::managesRelationships))
			.requestMatchers("/partner/users/**")
			.hasAnyAuthority(Authorities.partnerRoles(PartnerRole::managesUsers))
			.requestMatchers("/partner/**")
			.hasAnyAuthority(Authorities.anyPartnerRole())
			.requestMatchers("/customer/**")
			.hasAnyAuthority(Authorities.anyCustomerRole())
			.requestMatchers("/admin/**")
			.hasAuthority(Authorities.PLATFORM_ADMIN)
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(new SignInSuccessHandler())
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.addFilterBefore(new SignInThrottleFilter(throttle, throttleProperties),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new CurrentAccountFilter(accounts, STATIC_RESOURCES), SecurityContextHolderFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new UndecodableCsrfTokenRefusal()))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler(new ExpiredSessionCsrfHandler(anyOf(PUBLIC_PAGES), pages)));
		return securityHeaders(http).build();
	}

	private static HttpSecurity securityHeaders(HttpSecurity http) throws Exception {
		return http
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.withObjectPostProcessor(new HeadersBeforeTheBody()));
	}

	private static RequestMatcher anyOf(String... paths) {
		PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(Arrays.stream(paths).map(matchers::matcher).toArray(RequestMatcher[]::new));
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
			.hasAuthority(Authorities.PLATFORM_ADMIN);
	}

	/**
	 * Checks the password before whether the account is disabled or locked, so that every
	 * attempt costs one password hash whatever the account's state, and an unknown e-mail
	 * address costs the same hash of a dummy password: how long the answer takes tells
	 * nothing about which accounts exist. Every failure gives the same message.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
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

	/**
	 * Writes the security headers before the request reaches the page, not on the way
	 * out. A streamed download ({@code StreamingResponseBody}: the CSV exports) is
	 * written on another thread while the request's own thread leaves the filters; if the
	 * headers were added then, both threads would change the response's headers at once,
	 * and Tomcat could send a download without some of them or with a header line that
	 * has no name, which clients refuse (spring-security#15510). No page sets a cache
	 * header of its own that the default one would have to give way to.
	 */
	static final class HeadersBeforeTheBody implements ObjectPostProcessor<HeaderWriterFilter> {

		@Override
		public <O extends HeaderWriterFilter> O postProcess(O filter) {
			filter.setShouldWriteHeadersEagerly(true);
			return filter;
		}

	}

}
