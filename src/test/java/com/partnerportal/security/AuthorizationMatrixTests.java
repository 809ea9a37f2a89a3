package com.partnerportal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.invitation.InvitationLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who gets what from every route the application maps. The routes come from the handler
 * mappings themselves, so a route added without a row in {@link #MATRIX} fails
 * {@link #everyMappedRouteHasARow()}, naming the route.
 * <p>
 * Each cell is one request, signed in as the column's persona, in a transaction of its
 * own that is rolled back afterwards, so that a POST that removes or cancels something
 * leaves the next request the same data. POSTs carry a valid CSRF token and the form data
 * in {@link #FORMS}; {@link #postWithoutCsrfTokenIsRefused()} sends each of them again
 * without the token, as a persona for whom it succeeds with one.
 */
@PortalTest
class AuthorizationMatrixTests {

	/**
	 * The personas, in the order of the matrix's columns. "Own" records are Fabrikam's
	 * (the partner) and Adatum Italia's (Fabrikam's customer); the other partner and the
	 * other customer have no relationship with them.
	 */
	enum Persona {

		/** Not signed in. */
		ANON("anon", null),
		/** Fabrikam's Global admin. */
		P_GA("p-ga", DemoAccounts.FABRIKAM_ADMIN),
		/** Fabrikam's Admin agent. */
		P_AA("p-aa", "agent@fabrikam.test"),
		/** Fabrikam's Sales agent. */
		P_SA("p-sa", "sales@fabrikam.test"),
		/** Fabrikam's Helpdesk agent. */
		P_HD("p-hd", "helpdesk@fabrikam.test"),
		/**
		 * Northwind's Global admin: another partner, with no relationship with Adatum.
		 */
		OTHER_P("other-p", DemoAccounts.NORTHWIND_ADMIN),
		/** Adatum's Global admin. */
		C_GA("c-ga", DemoAccounts.ADATUM_ADMIN),
		/** An ordinary user of Adatum. */
		C_USER("c-user", MatrixFixture.ADATUM_USER),
		/** Contoso's Global admin: another customer, no partner's customer. */
		OTHER_C("other-c", DemoAccounts.CONTOSO_ADMIN),
		/** The platform admin. */
		ADMIN("admin", DemoAccounts.PLATFORM_ADMIN);

		final String column;

		final @Nullable String email;

		Persona(String column, @Nullable String email) {
			this.column = column;
			this.email = email;
		}

	}

	/**
	 * Expected outcome per route and persona: {@code login} a redirect to the sign-in
	 * page, {@code 3xx} any other redirect (a POST that succeeded, or a page sending the
	 * user on), otherwise the status code. Placeholders stand for Fabrikam's and Adatum's
	 * records (see {@link MatrixFixture}). Columns: see {@link Persona}.
	 */
	static final String MATRIX = """
			#    route                                                                                          anon  p-ga  p-aa  p-sa  p-hd  other-p c-ga  c-user other-c admin
			GET  /                                                                                              login 3xx   3xx   3xx   3xx   3xx     3xx   3xx    3xx     3xx
			GET  /login                                                                                         200   200   200   200   200   200     200   200    200     200
			GET  /error                                                                                         404   404   404   404   404   404     404   404    404     404
			GET  /livez                                                                                         200   200   200   200   200   200     200   200    200     200
			GET  /readyz                                                                                        200   200   200   200   200   200     200   200    200     200
			GET  /actuator/health                                                                               200   200   200   200   200   200     200   200    200     200
			GET  /actuator/health/readiness                                                                     200   200   200   200   200   200     200   200    200     200
			GET  /actuator                                                                                      login 403   403   403   403   403     403   403    403     200
			GET  /actuator/info                                                                                 login 403   403   403   403   403     403   403    403     200
			GET  /actuator/metrics                                                                              login 403   403   403   403   403     403   403    403     200
			GET  /actuator/metrics/jvm.memory.used                                                              login 403   403   403   403   403     403   403    403     200
			GET  /actuator/prometheus                                                                           login 403   403   403   403   403     403   403    403     200
			GET  /customer-agreement                                                                            200   200   200   200   200   200     200   200    200     200
			GET  /account/preferences                                                                           login 200   200   200   200   200     200   200    200     200
			POST /account/preferences                                                                           login 3xx   3xx   3xx   3xx   3xx     3xx   3xx    3xx     3xx
			GET  /notifications                                                                                 login 200   200   200   200   200     200   200    200     200
			POST /notifications/read                                                                            login 3xx   3xx   3xx   3xx   3xx     3xx   3xx    3xx     3xx
			POST /notifications/{notification}/open                                                             login 3xx   404   404   404   404     404   404    404     404
			POST /account/preferences/notifications                                                             login 3xx   3xx   3xx   3xx   3xx     3xx   3xx    3xx     3xx
			GET  /admin                                                                                         login 403   403   403   403   403     403   403    403     200
			GET  /admin/mail                                                                                    login 403   403   403   403   403     403   403    403     200
			GET  /admin/mail/{mail}                                                                             login 403   403   403   403   403     403   403    403     200
			GET  /admin/relationships                                                                           login 403   403   403   403   403     403   403    403     200
			GET  /admin/partners                                                                                login 403   403   403   403   403     403   403    403     200
			GET  /admin/partners/new                                                                            login 403   403   403   403   403     403   403    403     200
			POST /admin/partners                                                                                login 403   403   403   403   403     403   403    403     3xx
			GET  /admin/activity                                                                                login 403   403   403   403   403     403   403    403     200
			GET  /admin/activity/export                                                                         login 403   403   403   403   403     403   403    403     200
			GET  /partner/activity                                                                              login 200   200   200   200   200     403   403    403     403
			GET  /partner/activity/export                                                                       login 200   200   200   200   200     403   403    403     403
			GET  /customer/activity                                                                             login 403   403   403   403   403     200   200    200     403
			GET  /customer/activity/export                                                                      login 403   403   403   403   403     200   200    200     403
			GET  /partner/customers                                                                             login 200   200   200   200   200     403   403    403     403
			GET  /partner/customers/export                                                                      login 200   200   200   200   200     403   403    403     403
			GET  /partner/customers?expand={customer}                                                           login 200   200   200   200   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions                                                    login 200   200   200   200   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/seats/add                           login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/seats/add                           login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/seats/remove                        login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/seats/remove                        login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/addons                              login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/addons                              login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/offer                               login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/offer                               login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/partner-of-record                   login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/partner-of-record                   login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/support-contact                     login 200   200   403   200   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/support-contact                     login 3xx   3xx   403   3xx   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/suspend                             login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/suspend                             login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{suspendedSubscription}/reactivate                 login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{suspendedSubscription}/reactivate                 login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{customer}/subscriptions/{subscription}/cancel                              login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{customer}/subscriptions/{subscription}/cancel                              login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/customers/{removableCustomer}/relationship/remove                                     login 200   200   403   403   404     403   403    403     403
			POST /partner/customers/{removableCustomer}/relationship/remove                                     login 3xx   3xx   403   403   404     403   403    403     403
			GET  /partner/relationship-requests/new                                                             login 200   200   403   403   200     403   403    403     403
			POST /partner/relationship-requests                                                                 login 3xx   3xx   403   403   3xx     403   403    403     403
			GET  /partner/relationship-requests/draft?delegatedAdmin=true                                       login 200   200   403   403   200     403   403    403     403
			POST /partner/relationship-requests/draft?action=open                                               login 3xx   3xx   403   403   3xx     403   403    403     403
			POST /partner/relationship-requests/draft?action=copy                                               login 200   200   403   403   200     403   403    403     403
			POST /partner/relationship-requests/done                                                            login 3xx   3xx   403   403   3xx     403   403    403     403
			GET  /partner/relationship-requests/link/rotate                                                     login 200   403   403   403   200     403   403    403     403
			POST /partner/relationship-requests/link/rotate                                                     login 3xx   403   403   403   3xx     403   403    403     403
			GET  /partner/users                                                                                 login 200   403   403   403   200     403   403    403     403
			GET  /partner/users/new                                                                             login 200   403   403   403   200     403   403    403     403
			POST /partner/users                                                                                 login 3xx   403   403   403   3xx     403   403    403     403
			POST /partner/users/{user}/role                                                                     login 3xx   403   403   403   404     403   403    403     403
			GET  /partner/users/{user}/disable                                                                  login 200   403   403   403   404     403   403    403     403
			POST /partner/users/{user}/disable                                                                  login 3xx   403   403   403   404     403   403    403     403
			GET  /customer/partner-relationships                                                                login 403   403   403   403   403     200   200    200     403
			GET  /customer/partner-relationships/delegated-admin/remove?partner={fabrikam}&service={directory}  login 403   403   403   403   403     200   403    404     403
			POST /customer/partner-relationships/delegated-admin/remove                                         login 403   403   403   403   403     3xx   403    404     403
			GET  /customer/subscriptions                                                                        login 403   403   403   403   403     200   200    200     403
			GET  /invitations/{token}                                                                           200   200   200   200   200   200     200   200    200     200
			GET  /invitations/{token}/register                                                                  200   200   200   200   200   200     200   200    200     200
			POST /invitations/{token}/register                                                                  3xx   3xx   3xx   3xx   3xx   3xx     3xx   3xx    3xx     3xx
			GET  /invitations/{token}/register/sent                                                             200   200   200   200   200   200     200   200    200     200
			GET  /registrations/{registrationKey}                                                               200   200   200   200   200   200     200   200    200     200
			POST /registrations/{registrationKey}                                                               3xx   3xx   3xx   3xx   3xx   3xx     3xx   3xx    3xx     3xx
			GET  /password-reset                                                                                200   200   200   200   200   200     200   200    200     200
			POST /password-reset                                                                                200   200   200   200   200   200     200   200    200     200
			GET  /password-reset/sent                                                                           200   200   200   200   200   200     200   200    200     200
			GET  /password-reset/{resetKey}                                                                     200   200   200   200   200   200     200   200    200     200
			POST /password-reset/{resetKey}                                                                     200   200   200   200   200   200     200   200    200     200
			GET  /invitations/{token}/accept                                                                    login 403   403   403   403   403     200   403    200     403
			POST /invitations/{token}/accept                                                                    login 403   403   403   403   403     3xx   403    3xx     403
			POST /invitations/{token}/decline                                                                   login 403   403   403   403   403     3xx   403    3xx     403
			""";

	/**
	 * The form data of each POST: what the page's form would send, with placeholders for
	 * the records. Every one is valid, so that a persona allowed to post it succeeds.
	 */
	static final Map<String, String> FORMS = Map.ofEntries(
			Map.entry("/account/preferences", "language=en&timeZone=Europe/Madrid"),
			Map.entry("/account/preferences/notifications", "mailed=INVITATION_ACCEPTED&mailed=USER_ADDED"),
			Map.entry("/admin/partners",
					"name=Matrix Partners&country=ES&region=EUROPE&cloud=PUBLIC&cspMember=true&adminName=Mia Matrix"
							+ "&adminEmail=ga@matrix-partners.test&password=a long enough passphrase"
							+ "&passwordConfirmation=a long enough passphrase"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/seats/add",
					"seats=1&version={version}"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/seats/remove",
					"seats=1&version={version}&confirmed=true"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/addons",
					"addon={addon}&quantity=1&version={version}"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/offer",
					"offer={offer}&version={version}"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/partner-of-record",
					"partner={litware}&version={version}&confirmed=true"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/support-contact",
					"partner={litware}&version={version}"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/suspend", "version={version}"),
			Map.entry("/partner/customers/{customer}/subscriptions/{suspendedSubscription}/reactivate",
					"version={suspendedVersion}"),
			Map.entry("/partner/customers/{customer}/subscriptions/{subscription}/cancel", "version={version}"),
			Map.entry("/partner/relationship-requests", "includeDelegatedAdmin=true"),
			Map.entry("/partner/relationship-requests/draft?action=open",
					"delegatedAdmin=true&withoutLink=true&subject=Our invitation&body=Please accept."),
			Map.entry("/partner/relationship-requests/draft?action=copy",
					"delegatedAdmin=true&withoutLink=true&subject=Our invitation&body=Please accept."),
			Map.entry("/partner/users",
					"name=Nico New&email=new@fabrikam.test&role=HELPDESK_AGENT&password=a long enough passphrase"
							+ "&passwordConfirmation=a long enough passphrase"),
			Map.entry("/partner/users/{user}/role", "role=ADMIN_AGENT"),
			Map.entry("/partner/relationship-requests/link/rotate", "version={linkVersion}"),
			Map.entry("/customer/partner-relationships/delegated-admin/remove",
					"partner={fabrikam}&service={directory}"),
			Map.entry("/invitations/{token}/register",
					"companyName=Matrix Robotics&domain=matrix-robotics.test&country=ES&adminName=Mara Matrix"
							+ "&email=ga@matrix-robotics.test&password=a long enough passphrase"
							+ "&passwordConfirmation=a long enough passphrase"),
			Map.entry("/invitations/{token}/accept", "agreementAccepted=true"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships relationships;

	@Autowired
	InvitationLinks links;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void everyMappedRouteHasARow() {
		List<Row> rows = Row.parse(MATRIX);
		Set<String> missing = new TreeSet<>();
		mappedRoutes().forEach((info, name) -> {
			if (rows.stream().noneMatch((row) -> row.requests(info))) {
				missing.add(name);
			}
		});
		assertThat(missing)
			.as("Routes without a row in AuthorizationMatrixTests.MATRIX: add one that says what each persona gets")
			.isEmpty();
	}

	@Test
	void everyRowRequestsAMappedRoute() {
		Set<RequestMappingInfo> routes = mappedRoutes().keySet();
		List<String> stale = Row.parse(MATRIX)
			.stream()
			.filter((row) -> routes.stream().noneMatch(row::requests))
			.map(Row::route)
			.toList();
		assertThat(stale).as("Rows of AuthorizationMatrixTests.MATRIX that request no mapped route").isEmpty();
	}

	@Test
	void everyPersonaGetsWhatTheMatrixSays() {
		List<Row> rows = Row.parse(MATRIX);
		List<String> mismatches = new ArrayList<>();
		StringBuilder actual = new StringBuilder();
		for (Row row : rows) {
			List<String> outcomes = new ArrayList<>();
			for (Persona persona : Persona.values()) {
				String outcome = inRolledBackTransaction(
						(fixture) -> outcome(row.request(fixture, signedIn(persona), true)));
				outcomes.add(outcome);
				String expected = row.expected().get(persona.ordinal());
				if (!expected.equals(outcome)) {
					mismatches
						.add(row.route() + " as " + persona.column + ": expected " + expected + ", got " + outcome);
				}
			}
			actual.append(row.route()).append("  ").append(String.join(" ", outcomes)).append('\n');
		}
		assertThat(mismatches)
			.as("Cells of AuthorizationMatrixTests.MATRIX that do not hold; the matrix as it is:%n%s", actual)
			.isEmpty();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		List<String> accepted = new ArrayList<>();
		for (Row row : Row.parse(MATRIX)) {
			if (!row.method().equals("POST")) {
				continue;
			}
			Persona persona = row.firstSucceeding();
			String outcome = inRolledBackTransaction(
					(fixture) -> outcome(row.request(fixture, signedIn(persona), false)));
			if (!outcome.equals("403")) {
				accepted.add(row.route() + " as " + persona.column + ": " + outcome);
			}
		}
		assertThat(accepted).as("POSTs without a CSRF token that were not refused").isEmpty();
	}

	/**
	 * A sign-in without a token signs nobody in (no login CSRF); it is sent back to the
	 * sign-in form, as a sign-in page left open past its session is.
	 */
	@Test
	void signInAndSignOutWithoutCsrfTokenAreRefused() throws Exception {
		MvcResult signIn = this.mvc
			.perform(MockMvcRequestBuilders.post("/login")
				.param("username", DemoAccounts.FABRIKAM_ADMIN)
				.param("password", "demo-password"))
			.andExpect(SecurityMockMvcResultMatchers.unauthenticated())
			.andReturn();
		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login?formExpired");
		assertThat(this.mvc
			.perform(MockMvcRequestBuilders.post("/logout").with(this.demo.signedIn(DemoAccounts.FABRIKAM_ADMIN)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	/**
	 * @return every request mapping of every handler mapping, actuator endpoints
	 * included, with a name for messages
	 */
	private Map<RequestMappingInfo, String> mappedRoutes() {
		Map<RequestMappingInfo, String> routes = new LinkedHashMap<>();
		this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods()
				.forEach((info, method) -> routes.put(info, info + " -> " + method.getShortLogMessage())));
		return routes;
	}

	private @Nullable RequestPostProcessor signedIn(Persona persona) {
		return (persona.email != null) ? this.demo.signedIn(persona.email) : null;
	}

	private String inRolledBackTransaction(Request request) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		return transaction.execute((status) -> {
			status.setRollbackOnly();
			try {
				return request.perform(new MatrixFixture(this.jdbc, this.demo, this.relationships, this.links));
			}
			catch (Exception ex) {
				return "error(" + ex.getClass().getSimpleName() + ")";
			}
		});
	}

	private String outcome(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		if (status / 100 != 3) {
			return String.valueOf(status);
		}
		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		return UriComponentsBuilder.fromUriString(location).build().getPath().equals("/login") ? "login" : "3xx";
	}

	@FunctionalInterface
	private interface Request {

		String perform(MatrixFixture fixture) throws Exception;

	}

	/**
	 * One line of the matrix: a method, a URL with placeholders, and the outcome for each
	 * persona.
	 */
	record Row(String method, String url, List<String> expected) {

		static List<Row> parse(String matrix) {
			return matrix.lines()
				.filter((line) -> !line.isBlank() && !line.strip().startsWith("#"))
				.map(Row::of)
				.toList();
		}

		private static Row of(String line) {
			String[] cells = line.strip().split("\\s+");
			if (cells.length != 2 + Persona.values().length) {
				throw new IllegalArgumentException(
						"A row needs a method, a URL and " + Persona.values().length + " outcomes: " + line);
			}
			return new Row(cells[0], cells[1], Arrays.asList(cells).subList(2, cells.length));
		}

		String route() {
			return this.method + " " + this.url;
		}

		Persona firstSucceeding() {
			for (Persona persona : Persona.values()) {
				String outcome = this.expected.get(persona.ordinal());
				if (outcome.equals("3xx") || outcome.equals("200")) {
					return persona;
				}
			}
			throw new IllegalStateException("Nobody succeeds with " + route());
		}

		/**
		 * @return whether this row's request is one the route answers (its path, method
		 * and parameter conditions; a route without methods answers GET)
		 */
		boolean requests(RequestMappingInfo info) {
			UriComponents uri = UriComponentsBuilder.fromUriString(this.url.replaceAll("\\{\\w+}", "1")).build();
			MockHttpServletRequest request = new MockHttpServletRequest(this.method, uri.getPath());
			uri.getQueryParams().forEach((name, values) -> request.addParameter(name, values.toArray(String[]::new)));
			ServletRequestPathUtils.parseAndCache(request);
			return info.getActivePatternsCondition().getMatchingCondition(request) != null
					&& info.getMethodsCondition().getMatchingCondition(request) != null
					&& info.getParamsCondition().getMatchingCondition(request) != null;
		}

		MockHttpServletRequestBuilder request(MatrixFixture fixture, @Nullable RequestPostProcessor persona,
				boolean withCsrfToken) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.method),
					fixture.resolve(this.url));
			String form = FORMS.get(this.url);
			if (form != null) {
				FormData.with(request.contentType(MediaType.APPLICATION_FORM_URLENCODED), fixture.resolve(form));
			}
			if (persona != null) {
				request.with(persona);
			}
			if (withCsrfToken) {
				request.with(csrf());
			}
			return request;
		}

	}

}
