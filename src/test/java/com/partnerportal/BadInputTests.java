package com.partnerportal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.invitation.Invitation;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and careless input, over real HTTP so that the servlet container's own parsing
 * is part of what is tested: every form and query parameter of the portal gets missing,
 * blank, oversized, wrong-type, unknown and non-UTF-8 values, signed in with a role
 * allowed to use the form, and the path ids get what is not an id. Each answer must be a
 * 4xx or the form again with an error in the reader's language (Spanish here), never a
 * 5xx; and nothing in the database may change, activity log included.
 * <p>
 * The forms are listed in one table below. A new field without a row here is not probed,
 * so the table names every field each form's record has.
 */
// Shares the context of the other HTTP tests: nothing here writes but the partner's link
// and one view of its accept page, which every other test reads after its own baseline.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

	private static final String PASSWORD = "demo-password";

	private static final String LANGUAGE = "es";

	private static final String TRUNCATED_ESCAPE = "%E";

	private static final String CONFIRMATION = "passwordConfirmation";

	/** The length of the CSRF tokens Spring Security makes: a UUID's text. */
	private static final int UUID_LENGTH = 36;

	/** The tables whose rows every state change touches, compared before and after. */
	private static final List<String> TABLES = List.of("partner", "customer", "user_account", "reseller_relationship",
			"delegated_admin_grant", "relationship_history", "invitation_link", "invitation_response", "subscription",
			"subscription_addon", "activity_log", "pending_registration", "outgoing_mail");

	private static final Pattern ERROR = Pattern
		.compile("<(p|span|div)[^>]*class=\"(?:field-error|alert error)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);

	private static final Pattern INTERNALS = Pattern.compile("Exception|Failed to convert|at com\\.|at org\\.");

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks invitationLinks;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, PortalHttpClient> clients = new LinkedHashMap<>();

	private List<Pattern> spanishMessages = List.of();

	private String token = "";

	private long subscriptionId;

	private long adatumId;

	@BeforeAll
	void prepare() throws IOException {
		this.spanishMessages = spanishMessages();
		PortalUser fabrikamAdmin = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		Invitation invitation = this.invitationLinks.invitationFor(fabrikamAdmin.partnerId(), true,
				fabrikamAdmin.actor());
		this.token = invitation.token();
		this.adatumId = this.demo.customerId("adatum.test");
		this.subscriptionId = this.jdbc
			.sql("select id from subscription where customer_id = ? and offer_name = 'Microsoft 365 Business Standard'")
			.param(this.adatumId)
			.query(Long.class)
			.single();
		// The accept page records its first view in a session; that write belongs here,
		// not to the first probe.
		client(DemoAccounts.CONTOSO_ADMIN).get("/invitations/" + this.token + "/accept");
	}

	@TestFactory
	Stream<DynamicTest> formFieldsWhenBadThenRefusedWithoutWriting() {
		return forms().stream()
			.flatMap((form) -> form.fields()
				.stream()
				.flatMap((field) -> field.kind()
					.badValues(field)
					.stream()
					.map((bad) -> DynamicTest.dynamicTest(form.name() + " " + field.name() + " " + bad.label(),
							() -> assertRefused(form.account(), form.action(), form.bodyWith(field, bad))))));
	}

	/**
	 * A value the form cannot bind (an unknown role, region or cloud, a checkbox that is
	 * not a boolean) together with a password confirmation that differs: two errors at
	 * once, each of which alone is refused.
	 */
	@TestFactory
	Stream<DynamicTest> choicesWhenBadAndThePasswordConfirmationDiffersThenRefusedWithoutWriting() {
		return forms().stream()
			.filter((form) -> form.fields().stream().anyMatch((field) -> field.name().equals(CONFIRMATION)))
			.map(Form::withMismatchedConfirmation)
			.flatMap((form) -> form.fields()
				.stream()
				.filter((field) -> field.kind() == Kind.ENUM || field.kind() == Kind.BOOLEAN)
				.flatMap((field) -> field.kind()
					.badValues(field)
					.stream()
					.map((bad) -> DynamicTest.dynamicTest(
							form.name() + " " + field.name() + " " + bad.label() + ", confirmation differs",
							() -> assertRefused(form.account(), form.action(), form.bodyWith(field, bad))))));
	}

	/**
	 * Spring Security's default CSRF handler decodes the token's XOR-masked value as
	 * UTF-8 and throws on bytes that are not: a request from anybody, without a session,
	 * could have logged a stack trace and got a 500. Refused, it signs nobody in.
	 */
	@Test
	void csrfTokenWhenItsDecodedValueIsNotUtf8ThenForbiddenWithoutAStackTrace(CapturedOutput output) {
		byte[] masked = new byte[2 * UUID_LENGTH];
		Arrays.fill(masked, UUID_LENGTH, masked.length, (byte) 0xFF);
		String token = Base64.getUrlEncoder().encodeToString(masked);
		byte[] signIn = ("_csrf=" + token + "&username=" + PortalHttpClient.encode(DemoAccounts.FABRIKAM_ADMIN)
				+ "&password=" + PASSWORD)
			.getBytes(StandardCharsets.US_ASCII);
		byte[] newUser = ("_csrf=" + token + "&name=Rosa&email=rosa%40robust-input.test&role=SALES_AGENT")
			.getBytes(StandardCharsets.US_ASCII);
		Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
		int logged = output.length();

		assertStatusWithoutWriting(DemoAccounts.FABRIKAM_ADMIN, "POST", "/partner/users", form, newUser);
		Map<String, Integer> before = snapshot();
		Page withoutCookie = new PortalHttpClient("http://localhost:" + this.port, LANGUAGE).send("POST", "/login",
				form, signIn);

		// Sent back to the sign-in form, signed in as nobody.
		assertThat(withoutCookie.status()).isEqualTo(302);
		assertThat(withoutCookie.location()).endsWith("/login?formExpired");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(output.toString().substring(logged)).doesNotContainPattern(INTERNALS)
			.doesNotContain("IllegalArgumentException");
	}

	@TestFactory
	Stream<DynamicTest> pathIdsWhenNotIdsThenRefusedWithoutWriting() {
		String subscription = "/partner/customers/" + this.adatumId + "/subscriptions/" + this.subscriptionId;
		List<String> badIds = List.of("abc", "-1", "0", "1.5", "99999999999999999999", "999999", "%FF%FE", "%C3%28");
		List<DynamicTest> tests = new ArrayList<>();
		for (String bad : badIds) {
			tests.add(post(DemoAccounts.FABRIKAM_ADMIN, "/partner/customers/" + bad + "/relationship/remove"));
			tests.add(post(DemoAccounts.FABRIKAM_ADMIN, "/partner/users/" + bad + "/disable"));
			tests.add(post(DemoAccounts.FABRIKAM_ADMIN, "/partner/users/" + bad + "/role", "role=ADMIN_AGENT"));
			tests.add(post(DemoAccounts.FABRIKAM_ADMIN,
					"/partner/customers/" + bad + "/subscriptions/" + this.subscriptionId + "/suspend", "version=0"));
			tests.add(post(DemoAccounts.FABRIKAM_ADMIN,
					"/partner/customers/" + this.adatumId + "/subscriptions/" + bad + "/seats/add",
					"seats=1&version=0"));
			tests.add(get(DemoAccounts.FABRIKAM_ADMIN,
					"/partner/customers/" + this.adatumId + "/subscriptions/" + bad + "/offer"));
			tests.add(get(DemoAccounts.FABRIKAM_ADMIN, "/partner/customers/" + bad + "/relationship/remove"));
			tests.add(post(DemoAccounts.CONTOSO_ADMIN, "/invitations/" + bad + "/accept", "agreementAccepted=true"));
			tests.add(post(DemoAccounts.CONTOSO_ADMIN, "/invitations/" + bad + "/decline", ""));
		}
		tests.add(post(DemoAccounts.CONTOSO_ADMIN, "/invitations/" + "A".repeat(5000) + "/accept",
				"agreementAccepted=true"));
		tests.add(get(DemoAccounts.FABRIKAM_ADMIN, subscription + "/nowhere"));
		for (String key : List.of("abc", "99999999999999999999", "1.5")) {
			tests.add(post(DemoAccounts.CONTOSO_ADMIN, "/invitations/" + this.token + "/accept",
					"agreementAccepted=true&choices%5B" + key + "%5D=KEEP"));
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> queryParametersWhenBadThenAnsweredWithoutWriting() {
		Map<String, Map<String, Kind>> pages = new LinkedHashMap<>();
		pages.put(DemoAccounts.FABRIKAM_ADMIN + " /partner/customers",
				Map.of("q", Kind.SEARCH, "sort", Kind.SEARCH, "page", Kind.PAGE, "expand", Kind.ID));
		pages.put(DemoAccounts.FABRIKAM_ADMIN + " /partner/users", Map.of("page", Kind.PAGE, "lang", Kind.SEARCH));
		pages.put(DemoAccounts.FABRIKAM_ADMIN + " /partner/activity", activityFilter());
		pages.put(DemoAccounts.FABRIKAM_ADMIN + " /partner/activity/export", activityFilter());
		pages.put(DemoAccounts.ADATUM_ADMIN + " /customer/activity", activityFilter());
		pages.put(DemoAccounts.PLATFORM_ADMIN + " /admin/activity", activityFilter());
		pages.put(DemoAccounts.PLATFORM_ADMIN + " /admin/partners", Map.of("name", Kind.SEARCH, "page", Kind.PAGE));
		pages.put(DemoAccounts.PLATFORM_ADMIN + " /admin/relationships",
				Map.of("service", Kind.ID, "partner", Kind.SEARCH, "customer", Kind.SEARCH, "page", Kind.PAGE));
		pages.put(DemoAccounts.FABRIKAM_ADMIN + " /partner/relationship-requests/draft",
				Map.of("delegatedAdmin", Kind.BOOLEAN, "emailLanguage", Kind.SEARCH));
		pages.put(DemoAccounts.ADATUM_ADMIN + " /customer/partner-relationships/delegated-admin/remove",
				Map.of("partner", Kind.ID, "service", Kind.ID, "scope", Kind.SEARCH));
		List<DynamicTest> tests = new ArrayList<>();
		pages.forEach((page, parameters) -> {
			String account = page.substring(0, page.indexOf(' '));
			String path = page.substring(page.indexOf(' ') + 1);
			parameters.forEach((parameter, kind) -> {
				for (Bad bad : kind.badValues(new Field(parameter, kind, 200, true))) {
					String value = bad.value();
					if (value == null) {
						continue;
					}
					String query = path + "?" + parameter + "=" + value;
					if (bad.raw() || value.equals(TRUNCATED_ESCAPE)) {
						// Beyond what java.net.URI carries: written to the socket as it
						// is.
						tests.add(DynamicTest.dynamicTest(path + " " + parameter + " " + bad.label(),
								() -> assertRawAnswered(account, query)));
					}
					else {
						tests.add(DynamicTest.dynamicTest(path + " " + parameter + " " + bad.label(),
								() -> assertAnswered(account, query)));
					}
				}
			});
		});
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> requestsWhenHugeThenRefusedWithoutWriting() {
		byte[] megabytes = ("name=" + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
		byte[] manyFields = "a=1&".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
		return Stream.of(
				DynamicTest.dynamicTest("five megabytes to the new user form",
						() -> assertRefused(DemoAccounts.FABRIKAM_ADMIN, "/partner/users", megabytes)),
				DynamicTest.dynamicTest("five megabytes to the new partner form",
						() -> assertRefused(DemoAccounts.PLATFORM_ADMIN, "/admin/partners", megabytes)),
				DynamicTest.dynamicTest("twenty thousand fields to the new user form",
						() -> assertRefused(DemoAccounts.FABRIKAM_ADMIN, "/partner/users", manyFields)),
				DynamicTest.dynamicTest("a five-megabyte file to the new user form", () -> {
					String boundary = "robust";
					byte[] multipart = ("--" + boundary
							+ "\r\nContent-Disposition: form-data; name=\"name\"; filename=\"big.txt\"\r\n\r\n"
							+ "x".repeat(5 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n")
						.getBytes(StandardCharsets.US_ASCII);
					assertStatusWithoutWriting(DemoAccounts.FABRIKAM_ADMIN, "POST", "/partner/users",
							Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), multipart);
				}),
				DynamicTest.dynamicTest("a header of a hundred kilobytes",
						() -> assertStatusWithoutWriting(DemoAccounts.FABRIKAM_ADMIN, "GET", "/partner/customers",
								Map.of("X-Padding", "x".repeat(100 * 1024)), new byte[0])),
				DynamicTest.dynamicTest("a query string of a hundred kilobytes",
						() -> assertAnswered(DemoAccounts.FABRIKAM_ADMIN,
								"/partner/customers?q=" + "x".repeat(100 * 1024))));
	}

	private DynamicTest post(String account, String path) {
		return post(account, path, "");
	}

	private DynamicTest post(String account, String path, String body) {
		return DynamicTest.dynamicTest("POST " + abbreviated(path),
				() -> assertRefused(account, path, body.getBytes(StandardCharsets.US_ASCII)));
	}

	private DynamicTest get(String account, String path) {
		return DynamicTest.dynamicTest("GET " + abbreviated(path), () -> assertAnswered(account, path));
	}

	private static String abbreviated(String path) {
		return (path.length() > 120) ? path.substring(0, 120) + "…" : path;
	}

	/**
	 * A refused post: a 4xx, or the form again (200) with at least one error in Spanish;
	 * never a redirect, which would mean the input was taken; and nothing written.
	 */
	private void assertRefused(String account, String path, byte[] body) {
		PortalHttpClient client = client(account);
		Map<String, Integer> before = snapshot();
		Page answer = client.post(path, body);
		assertThat(snapshot()).as("rows after POST %s", abbreviated(path)).isEqualTo(before);
		int status = answer.status();
		assertThat(status).as("status of POST %s", abbreviated(path))
			.isBetween(200, 499)
			.isNotIn(301, 302, 303, 307, 308);
		assertThat(answer.body()).as("body of POST %s", abbreviated(path)).doesNotContainPattern(INTERNALS);
		if (status < 300) {
			assertSpanishErrors(path, answer.body());
		}
	}

	/**
	 * A page read with odd parameters: it may read them leniently (200) or refuse them
	 * (4xx), but never fails, and reading writes nothing.
	 */
	private void assertAnswered(String account, String pathAndQuery) {
		PortalHttpClient client = client(account);
		Map<String, Integer> before = snapshot();
		Page answer = client.get(pathAndQuery);
		assertThat(snapshot()).as("rows after GET %s", abbreviated(pathAndQuery)).isEqualTo(before);
		assertThat(answer.status()).as("status of GET %s", abbreviated(pathAndQuery)).isBetween(200, 499);
		assertThat(answer.body()).as("body of GET %s", abbreviated(pathAndQuery)).doesNotContainPattern(INTERNALS);
	}

	private void assertStatusWithoutWriting(String account, String method, String path, Map<String, String> headers,
			byte[] body) {
		Map<String, Integer> before = snapshot();
		Page answer = client(account).send(method, path, headers, body);
		assertThat(snapshot()).as("rows after %s %s", method, path).isEqualTo(before);
		assertThat(answer.status()).as("status of %s %s", method, path).isBetween(400, 499);
	}

	private void assertRawAnswered(String account, String pathAndQuery) {
		PortalHttpClient client = client(account);
		Map<String, Integer> before = snapshot();
		int status = client.rawGet(pathAndQuery);
		assertThat(snapshot()).as("rows after GET %s", abbreviated(pathAndQuery)).isEqualTo(before);
		assertThat(status).as("status of GET %s", abbreviated(pathAndQuery)).isBetween(200, 499);
	}

	private void assertSpanishErrors(String path, String body) {
		Matcher matcher = ERROR.matcher(body);
		List<String> errors = new ArrayList<>();
		while (matcher.find()) {
			for (String text : matcher.group(2).split("<[^>]+>")) {
				String error = HtmlUtils.htmlUnescape(text).strip().replaceAll("\\s+", " ");
				if (!error.isEmpty()) {
					errors.add(error);
				}
			}
		}
		assertThat(errors).as("errors shown by POST %s", abbreviated(path)).isNotEmpty();
		for (String error : errors) {
			assertThat(this.spanishMessages.stream().anyMatch((message) -> message.matcher(error).matches()))
				.as("error \"%s\" of POST %s is a Spanish message", error, abbreviated(path))
				.isTrue();
		}
	}

	private PortalHttpClient client(String account) {
		return this.clients.computeIfAbsent(account, (email) -> {
			PortalHttpClient client = new PortalHttpClient("http://localhost:" + this.port, LANGUAGE);
			if (email.isEmpty()) {
				client.get("/login");
				return client;
			}
			return client.signIn(email, PASSWORD);
		});
	}

	/**
	 * Each table's row count and a hash of all its rows: any insert, update or delete
	 * changes one of them.
	 */
	private Map<String, Integer> snapshot() {
		Map<String, Integer> snapshot = new LinkedHashMap<>();
		for (String table : TABLES) {
			List<Map<String, Object>> rows = this.jdbc.sql("select * from " + table + " order by id")
				.query()
				.listOfRows();
			snapshot.put(table + " rows", rows.size());
			snapshot.put(table + " hash", rows.toString().hashCode());
		}
		return snapshot;
	}

	private static Map<String, Kind> activityFilter() {
		return Map.of("from", Kind.DATE, "to", Kind.DATE, "customer", Kind.SEARCH, "action", Kind.ENUM, "page",
				Kind.PAGE);
	}

	/**
	 * Every form of the portal that a person fills in, with a valid value for each field:
	 * the probes change one field at a time.
	 */
	private List<Form> forms() {
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		Long azureAd = this.demo.serviceId("AZURE_AD");
		Long helpdesk = this.jdbc.sql("select id from user_account where email = 'helpdesk@fabrikam.test'")
			.query(Long.class)
			.single();
		String subscription = "/partner/customers/" + this.adatumId + "/subscriptions/" + this.subscriptionId;
		String version = String.valueOf(this.jdbc.sql("select version from subscription where id = ?")
			.param(this.subscriptionId)
			.query(Long.class)
			.single());
		String password = "a-long-enough-password";
		List<Form> forms = new ArrayList<>();
		forms.add(new Form("new partner", DemoAccounts.PLATFORM_ADMIN, "/admin/partners",
				List.of(text("name", "Robust Input Partners", 200), text("country", "ES", 2),
						new Field("region", "EUROPE", Kind.ENUM, 0, true),
						new Field("cloud", "PUBLIC", Kind.ENUM, 0, true),
						new Field("cspMember", "true", Kind.BOOLEAN, 0, false), text("adminName", "Rosa Input", 200),
						new Field("adminEmail", "rosa@robust-input.test", Kind.EMAIL, 254, true),
						new Field("password", password, Kind.PASSWORD, PasswordPolicy.MAX_BYTES, true),
						text("passwordConfirmation", password, PasswordPolicy.MAX_BYTES))));
		forms.add(new Form("new partner user", DemoAccounts.FABRIKAM_ADMIN, "/partner/users",
				List.of(text("name", "Rosa Input", 200),
						new Field("email", "rosa@robust-input.test", Kind.EMAIL, 254, true),
						new Field("role", "SALES_AGENT", Kind.ENUM, 0, true),
						new Field("password", password, Kind.PASSWORD, PasswordPolicy.MAX_BYTES, true),
						text("passwordConfirmation", password, PasswordPolicy.MAX_BYTES))));
		forms.add(new Form("partner user role", DemoAccounts.FABRIKAM_ADMIN, "/partner/users/" + helpdesk + "/role",
				List.of(new Field("role", "HELPDESK_AGENT", Kind.ENUM, 0, true))));
		forms.add(new Form("relationship request", DemoAccounts.FABRIKAM_ADMIN, "/partner/relationship-requests",
				List.of(new Field("includeDelegatedAdmin", "true", Kind.BOOLEAN, 0, false))));
		for (String action : List.of("open", "copy")) {
			forms.add(new Form("draft email " + action, DemoAccounts.FABRIKAM_ADMIN,
					"/partner/relationship-requests/draft",
					List.of(new Field("action", action, Kind.CHOICE, 0, true),
							new Field("delegatedAdmin", "true", Kind.BOOLEAN, 0, true),
							new Field("withoutLink", "true", Kind.BOOLEAN, 0, false), text("subject", "Hello", 200),
							text("body", "Follow the link", 5000))));
		}
		forms.add(new Form("delegated admin removal", DemoAccounts.ADATUM_ADMIN,
				"/customer/partner-relationships/delegated-admin/remove",
				List.of(new Field("partner", String.valueOf(northwind), Kind.ID, 0, false),
						new Field("service", String.valueOf(azureAd), Kind.ID, 0, false),
						new Field("scope", null, Kind.CHOICE, 0, false))));
		forms.add(new Form("acceptance", DemoAccounts.CONTOSO_ADMIN, "/invitations/" + this.token + "/accept",
				List.of(new Field("agreementAccepted", "true", Kind.BOOLEAN, 0, true),
						new Field("choices[" + azureAd + "]", "KEEP", Kind.ENUM, 0, false),
						new Field("conflicts", "", Kind.TEXT, 2000, false))));
		forms.add(new Form("registration", "", "/invitations/" + this.token + "/register",
				List.of(text("companyName", "Robust Input Ltd", 200),
						new Field("domain", "robust-input.test", Kind.DOMAIN, 253, true), text("country", "ES", 2),
						text("adminName", "Rosa Input", 200),
						new Field("email", "rosa@robust-input.test", Kind.EMAIL, 254, true),
						new Field("password", password, Kind.PASSWORD, PasswordPolicy.MAX_BYTES, true),
						text("passwordConfirmation", password, PasswordPolicy.MAX_BYTES))));
		forms.add(new Form("preferences", DemoAccounts.FABRIKAM_ADMIN, "/account/preferences",
				List.of(text("language", "es", 20), text("timeZone", "Europe/Madrid", 60))));
		forms.add(new Form("add seats", DemoAccounts.FABRIKAM_ADMIN, subscription + "/seats/add",
				List.of(new Field("seats", "1", Kind.QUANTITY, 0, true), versionField(version),
						new Field("confirmed", "true", Kind.BOOLEAN, 0, false))));
		forms.add(new Form("remove seats", DemoAccounts.FABRIKAM_ADMIN, subscription + "/seats/remove",
				List.of(new Field("seats", "1", Kind.QUANTITY, 0, true), versionField(version),
						new Field("confirmed", "true", Kind.BOOLEAN, 0, false))));
		forms.add(
				new Form("add-on", DemoAccounts.FABRIKAM_ADMIN, subscription + "/addons",
						List.of(new Field("addon", String.valueOf(this.demo.addonId("Exchange Online Archiving")),
								Kind.ID, 0, true), new Field("quantity", "1", Kind.QUANTITY, 0, true),
								versionField(version))));
		forms.add(new Form("offer", DemoAccounts.FABRIKAM_ADMIN, subscription + "/offer",
				List.of(new Field("offer", String.valueOf(this.demo.offerId("Microsoft 365 Business Premium")), Kind.ID,
						0, true), versionField(version))));
		forms.add(new Form("partner of record", DemoAccounts.FABRIKAM_ADMIN, subscription + "/partner-of-record",
				List.of(new Field("partner", String.valueOf(northwind), Kind.ID, 0, true), versionField(version),
						new Field("confirmed", "true", Kind.BOOLEAN, 0, false))));
		forms.add(new Form("support contact", DemoAccounts.FABRIKAM_ADMIN, subscription + "/support-contact",
				List.of(new Field("partner", String.valueOf(fabrikam), Kind.ID, 0, true), versionField(version))));
		for (String status : List.of("suspend", "cancel")) {
			forms.add(new Form(status, DemoAccounts.FABRIKAM_ADMIN, subscription + "/" + status,
					List.of(versionField(version))));
		}
		return forms;
	}

	private static Field text(String name, String valid, int maxLength) {
		return new Field(name, valid, Kind.TEXT, maxLength, true);
	}

	private static Field versionField(String valid) {
		return new Field("version", valid, Kind.VERSION, 0, true);
	}

	private static List<Pattern> spanishMessages() throws IOException {
		List<Pattern> patterns = new ArrayList<>();
		for (Resource bundle : new PathMatchingResourcePatternResolver()
			.getResources("classpath:messages/*_" + LANGUAGE + ".properties")) {
			Properties messages = new Properties();
			try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			for (String message : messages.stringPropertyNames()) {
				String text = messages.getProperty(message).replace("''", "'").strip().replaceAll("\\s+", " ");
				StringBuilder pattern = new StringBuilder();
				for (String literal : text.split("\\{\\d+[^}]*\\}", -1)) {
					if (!pattern.isEmpty()) {
						pattern.append(".*");
					}
					pattern.append(Pattern.quote(literal));
				}
				patterns.add(Pattern.compile(pattern.toString(), Pattern.DOTALL));
			}
		}
		return patterns;
	}

	/**
	 * A form: who fills it in, where it posts, and its fields with valid values.
	 */
	private record Form(String name, String account, String action, List<Field> fields) {

		/**
		 * @return this form with a password confirmation that differs from the password
		 */
		Form withMismatchedConfirmation() {
			return new Form(this.name, this.account, this.action,
					this.fields.stream()
						.map((field) -> field.name().equals(CONFIRMATION) ? new Field(field.name(),
								"a-different-password", field.kind(), field.maxLength(), field.required()) : field)
						.toList());
		}

		/**
		 * @return the url-encoded body with every field valid but one
		 */
		byte[] bodyWith(Field changed, Bad bad) {
			List<byte[]> parts = new ArrayList<>();
			for (Field field : this.fields) {
				if (field != changed && field.valid() != null) {
					parts.add((PortalHttpClient.encode(field.name()) + "=" + PortalHttpClient.encode(field.valid()))
						.getBytes(StandardCharsets.US_ASCII));
				}
				else if (bad.value() != null) {
					byte[] name = (PortalHttpClient.encode(field.name()) + "=").getBytes(StandardCharsets.US_ASCII);
					byte[] value = bad.raw() ? bad.value().getBytes(StandardCharsets.ISO_8859_1)
							: bad.value().getBytes(StandardCharsets.US_ASCII);
					byte[] part = new byte[name.length + value.length];
					System.arraycopy(name, 0, part, 0, name.length);
					System.arraycopy(value, 0, part, name.length, value.length);
					parts.add(part);
				}
			}
			int length = parts.stream().mapToInt((part) -> part.length + 1).sum();
			byte[] body = new byte[Math.max(0, length - 1)];
			int at = 0;
			for (byte[] part : parts) {
				if (at > 0) {
					body[at++] = '&';
				}
				System.arraycopy(part, 0, body, at, part.length);
				at += part.length;
			}
			return body;
		}

	}

	/**
	 * A field, the valid value the other probes send, and the longest text its column
	 * holds (0 where not text).
	 */
	private record Field(String name, @Nullable String valid, Kind kind, int maxLength, boolean required) {

		Field(String name, Kind kind, int maxLength, boolean required) {
			this(name, "", kind, maxLength, required);
		}

	}

	/**
	 * A bad value: url-encoded unless {@code raw} (bytes sent as they are, read as
	 * ISO-8859-1), or {@code null} for a field left out.
	 */
	private record Bad(String label, @Nullable String value, boolean raw) {

		static Bad encoded(String label, String text) {
			return new Bad(label, PortalHttpClient.encode(text), false);
		}

	}

	/**
	 * What a field holds, and so which bad values it gets besides the ones every field
	 * gets.
	 */
	private enum Kind {

		TEXT, EMAIL, DOMAIN, PASSWORD, SEARCH, CHOICE, ENUM, BOOLEAN, ID, QUANTITY, VERSION, PAGE, DATE;

		List<Bad> badValues(Field field) {
			List<Bad> values = new ArrayList<>();
			if (field.required()) {
				values.add(new Bad("missing", null, false));
				values.add(Bad.encoded("empty", ""));
				values.add(Bad.encoded("blank", "   "));
			}
			values.add(new Bad("invalid UTF-8 escaped", "%FF%FE%C3%28", false));
			values.add(new Bad("invalid UTF-8 raw", "\u00ff\u00fe\u00c3(", true));
			values.add(new Bad("truncated escape", TRUNCATED_ESCAPE, false));
			values.add(Bad.encoded("null character", "a\u0000b"));
			values.add(Bad.encoded("a hundred thousand characters", "x".repeat(100_000)));
			switch (this) {
				case TEXT, EMAIL, DOMAIN, PASSWORD -> {
					values.add(Bad.encoded("one over the limit", "x".repeat(field.maxLength() + 1)));
					values
						.add(Bad.encoded("one over the limit in two-byte letters", "é".repeat(field.maxLength() + 1)));
					values
						.add(Bad.encoded("one over the limit in emoji", "\uD83D\uDE00".repeat(field.maxLength() + 1)));
				}
				case ENUM, CHOICE -> {
					values.add(Bad.encoded("unknown value", "NOPE"));
					values.add(Bad.encoded("lower case", "global_admin"));
				}
				case BOOLEAN -> values.add(Bad.encoded("not a boolean", "maybe"));
				case ID, QUANTITY, VERSION, PAGE -> {
					values.add(Bad.encoded("text", "abc"));
					values.add(Bad.encoded("decimal", "1.5"));
					values.add(Bad.encoded("negative", "-1"));
					values.add(Bad.encoded("too large for a long", "99999999999999999999"));
					values.add(Bad.encoded("exponent", "1e9"));
				}
				case DATE -> {
					values.add(Bad.encoded("not a date", "2026-13-45"));
					values.add(Bad.encoded("year zero", "0000-01-01"));
					values.add(Bad.encoded("far future", "+999999999-12-31"));
				}
				case SEARCH -> values.add(Bad.encoded("wildcards and quotes", "%_'\";--"));
			}
			switch (this) {
				case EMAIL -> values.add(Bad.encoded("not an address", "not-an-address"));
				case DOMAIN -> values.add(Bad.encoded("not a domain", "no spaces allowed.test"));
				case ID -> values.add(Bad.encoded("unknown", "999999"));
				case QUANTITY -> {
					values.add(Bad.encoded("zero", "0"));
					values.add(Bad.encoded("over the limit", "100001"));
					values.add(Bad.encoded("largest int", String.valueOf(Integer.MAX_VALUE)));
				}
				case VERSION -> values.add(Bad.encoded("stale", "999999"));
				case PAGE -> values.add(Bad.encoded("largest int", String.valueOf(Integer.MAX_VALUE)));
				default -> {
				}
			}
			return values;
		}

	}

}
