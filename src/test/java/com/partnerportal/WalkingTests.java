package com.partnerportal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlEmailInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlNumberInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlPasswordInput;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;
import org.htmlunit.html.SubmittableElement;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the portal as each persona of the demo data would, over real HTTP on the embedded
 * Tomcat: signs in through the sign-in form, follows every same-origin link of every page
 * it reaches from the navigation and submits every form it finds with the values the form
 * itself offers (hidden fields, the selected or first option, checked boxes, plausible
 * text where a field is empty) and its own CSRF token. No answer may be a 5xx and no page
 * the generic error page. This is what the tests of single controllers missed: a form
 * that fails only once a real session, filled by the real sign-in, reaches it (saving
 * Settings answered 500 for every partner and customer user).
 * <p>
 * Forms that destroy (removing, disabling, cancelling, replacing the invitation link,
 * signing out) are submitted too, but only once every persona has walked and submitted
 * everything else, and the personas destroy from the least to the most powerful, so that
 * nobody's destruction hides pages from the walk of another. Pages are told apart by
 * their shape (numbers and tokens in the path and query replaced), and each shape is read
 * once per persona, which keeps the walk bounded on a partner with many customers.
 */
// A context of its own, closed afterwards: the walk removes, disables, cancels and
// replaces what the demo data holds, which the tests of the shared context rely on.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "portal.test-context=walking")
@DirtiesContext
class WalkingTests {

	private static final String PASSWORD = "demo-password";

	/** In the order they walk; destruction runs in the reverse order, powerful last. */
	private static final List<String> PERSONAS = List.of(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.FABRIKAM_ADMIN,
			DemoAccounts.ADATUM_ADMIN, DemoAccounts.CONTOSO_ADMIN, "ga@litware.test", "ga@tailspin.test",
			DemoAccounts.NORTHWIND_ADMIN, "agent@fabrikam.test", "sales@fabrikam.test", "helpdesk@fabrikam.test",
			DemoAccounts.CONTOSO_USER);

	/** Bounds each persona's walk; no persona has as many kinds of page. */
	private static final int MAX_PAGES_PER_PERSONA = 120;

	private static final int MAX_REDIRECTS = 5;

	/** What a form's action or its button says when it takes something away. */
	private static final Pattern DESTRUCTIVE = Pattern
		.compile("/(logout|remove|disable|rotate|cancel|suspend|decline|partner-of-record)(/|\\?|$)");

	/** The generic error page's title, in each language of the portal. */
	private static final List<String> GENERIC_ERROR_TITLES = List.of("Something went wrong on our side",
			"Se ha producido un error por nuestra parte", "Si è verificato un errore da parte nostra",
			"Algo deu errado do nosso lado", "Ошибка на нашей стороне");

	private static final Pattern LANGUAGE_CHOICE = Pattern.compile("(?:^|&)lang=([^&]*)");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	/**
	 * Invitation tokens, registration keys, cursors: long opaque values, which unlike the
	 * portal's words ({@code relationship-requests}) hold a digit or a capital.
	 */
	private static final Pattern TOKEN = Pattern.compile("(?=.*[0-9A-Z])[A-Za-z0-9_~.=-]{20,}");

	@LocalServerPort
	int port;

	private final List<String> defects = new ArrayList<>();

	private final List<String> deadLinks = new ArrayList<>();

	private final Set<String> formsSubmitted = new HashSet<>();

	private int requests;

	@Test
	void everyPersonaWhenFollowingEveryLinkAndSubmittingEveryFormThenNoServerErrorAnywhere() throws Exception {
		Map<String, List<FormOnPage>> destructiveForms = new LinkedHashMap<>();
		for (String persona : PERSONAS) {
			int before = this.requests;
			destructiveForms.put(persona, walk(persona));
			System.out.println("WalkingTests: " + persona + " walked with " + (this.requests - before) + " requests");
		}
		List<String> leastPowerfulFirst = new ArrayList<>(PERSONAS);
		Collections.reverse(leastPowerfulFirst);
		for (String persona : leastPowerfulFirst) {
			destroy(persona, destructiveForms.get(persona));
		}
		System.out.println("WalkingTests: " + this.requests + " requests; links answering 4xx: " + this.deadLinks
				+ "; forms submitted: " + new TreeSet<>(this.formsSubmitted));
		assertThat(this.defects).as("answers that were server errors or the generic error page").isEmpty();
		// A walk that reached no form would pass too: it must have submitted the main
		// ones.
		assertThat(this.formsSubmitted).as("forms the walk submitted")
			.contains("POST /account/preferences", "POST /account/preferences/notifications",
					"POST /partner/relationship-requests",
					"POST /partner/relationship-requests/draft?{delegatedAdmin=true}",
					"POST /partner/relationship-requests/done", "POST /partner/users", "POST /partner/users/{n}/role",
					"POST /partner/users/{n}/disable", "POST /customer/partner-relationships/delegated-admin/remove",
					"POST /admin/partners", "POST /logout");
	}

	/**
	 * Reads every kind of page the persona reaches and submits every form that does not
	 * destroy.
	 * @return the destroying forms found, to be submitted later
	 */
	private List<FormOnPage> walk(String persona) throws IOException {
		List<FormOnPage> destructive = new ArrayList<>();
		try (WebClient browser = browser()) {
			HtmlPage home = signIn(browser, persona);
			Set<String> shapesRead = new HashSet<>();
			Set<String> formsSubmitted = new HashSet<>();
			Deque<String> links = new ArrayDeque<>();
			Deque<FormOnPage> forms = new ArrayDeque<>();
			Deque<HtmlPage> pagesToScan = new ArrayDeque<>(List.of(home));
			shapesRead.add(shapeOfAddress(home.getUrl().toString()));
			int pagesRead = 1;
			while (!pagesToScan.isEmpty() || !links.isEmpty() || !forms.isEmpty()) {
				if (!pagesToScan.isEmpty()) {
					HtmlPage page = pagesToScan.poll();
					links.addAll(links(page));
					for (FormOnPage form : forms(page)) {
						if (!formsSubmitted.add(form.shape())) {
							continue;
						}
						(form.destroys() ? destructive : forms).add(form);
					}
				}
				else if (!links.isEmpty()) {
					String link = links.poll();
					if (pagesRead >= MAX_PAGES_PER_PERSONA || !shapesRead.add(shapeOfAddress(link))) {
						continue;
					}
					pagesRead++;
					Page page = follow(browser, persona, "GET " + link, get(link), true);
					if (page instanceof HtmlPage html) {
						pagesToScan.add(html);
					}
				}
				else {
					FormOnPage form = forms.poll();
					Page answer = submit(browser, persona, form);
					if (answer instanceof HtmlPage html) {
						pagesToScan.add(html);
					}
				}
			}
		}
		return destructive;
	}

	/**
	 * Submits the persona's destroying forms, each from its page read again in a session
	 * of its own, signing out last.
	 */
	private void destroy(String persona, List<FormOnPage> destructive) throws IOException {
		List<FormOnPage> signOutLast = new ArrayList<>(destructive);
		signOutLast.sort((a, b) -> Boolean.compare(a.signsOut(), b.signsOut()));
		try (WebClient browser = browser()) {
			for (FormOnPage form : signOutLast) {
				if (signIn(browser, persona) == null) {
					return;
				}
				Page again = follow(browser, persona, "GET " + form.pageUrl(), get(form.pageUrl()), false);
				if (!(again instanceof HtmlPage page) || page.getWebResponse().getStatusCode() >= 400) {
					continue;
				}
				forms(page).stream()
					.filter((found) -> found.shape().equals(form.shape()))
					.findFirst()
					.ifPresent((found) -> submit(browser, persona, found));
			}
		}
	}

	private Page submit(WebClient browser, String persona, FormOnPage form) {
		this.formsSubmitted.add(form.methodAndAction());
		return follow(browser, persona, form.describe(), form.request(persona), false);
	}

	/**
	 * Signs in through the sign-in form, as a person does.
	 * @return the page the portal sends the persona to, or {@code null} if the account
	 * can no longer sign in (another persona disabled it)
	 */
	private HtmlPage signIn(WebClient browser, String persona) throws IOException {
		browser.getCookieManager().clearCookies();
		HtmlPage login = browser.getPage(url("/login"));
		HtmlForm form = login.getForms()
			.stream()
			.filter((candidate) -> candidate.getActionAttribute().endsWith("/login"))
			.findFirst()
			.orElseThrow();
		form.getInputByName("username").setValue(persona);
		form.getInputByName("password").setValue(PASSWORD);
		Page landing = follow(browser, persona, "sign-in", form.getWebRequest(null), false);
		if (!(landing instanceof HtmlPage page) || page.getUrl().getPath().equals("/login")) {
			return null;
		}
		return page;
	}

	/**
	 * Sends a request and follows its redirects within the portal, checking every answer.
	 */
	private Page follow(WebClient browser, String persona, String what, WebRequest request, boolean isLink) {
		try {
			WebRequest next = request;
			Page page = null;
			for (int hop = 0; hop <= MAX_REDIRECTS && next != null; hop++) {
				this.requests++;
				page = browser.getPage(next);
				int status = page.getWebResponse().getStatusCode();
				String where = what + ((hop > 0) ? " → " + next.getUrl() : "");
				if (status >= 500) {
					this.defects.add(status + " " + where + " as " + persona);
				}
				else if (page instanceof HtmlPage html && showsGenericError(html)) {
					this.defects.add("generic error page (" + status + ") " + where + " as " + persona);
				}
				else if (isLink && status >= 400) {
					this.deadLinks.add(status + " " + where + " as " + persona);
				}
				next = redirect(page);
			}
			return page;
		}
		catch (IOException | FailingHttpStatusCodeException ex) {
			// The cause says what the client refused (an invalid header, a cut-off body).
			this.defects
				.add(ex + ((ex.getCause() != null) ? " (" + ex.getCause() + ")" : "") + " " + what + " as " + persona);
			return null;
		}
	}

	private WebRequest redirect(Page page) {
		int status = page.getWebResponse().getStatusCode();
		String location = page.getWebResponse().getResponseHeaderValue("Location");
		if (status < 300 || status >= 400 || location == null) {
			return null;
		}
		URI target = URI.create(page.getUrl().toString()).resolve(location);
		return isPortal(target) ? get(target.toString()) : null;
	}

	private static boolean showsGenericError(HtmlPage page) {
		String html = page.getWebResponse().getContentAsString();
		return GENERIC_ERROR_TITLES.stream().anyMatch(html::contains);
	}

	private List<String> links(HtmlPage page) {
		List<String> found = new ArrayList<>();
		for (HtmlAnchor anchor : page.getAnchors()) {
			String href = anchor.getHrefAttribute().strip();
			if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:")
					|| href.startsWith("javascript:")) {
				continue;
			}
			URI target = URI.create(page.getUrl().toString()).resolve(href.replace(" ", "%20"));
			String path = target.getPath();
			// Signing out or in again would end the walk's session; it is the last form.
			if (isPortal(target) && !path.equals("/login") && !path.equals("/logout")) {
				found.add(withoutFragment(target));
			}
		}
		return found;
	}

	private List<FormOnPage> forms(HtmlPage page) {
		List<FormOnPage> found = new ArrayList<>();
		List<HtmlForm> forms = page.getForms();
		for (int index = 0; index < forms.size(); index++) {
			HtmlForm form = forms.get(index);
			if (!isPortal(URI.create(page.getUrl().toString()).resolve(form.getActionAttribute()))) {
				continue;
			}
			List<SubmittableElement> buttons = submitButtons(page, form);
			if (buttons.isEmpty()) {
				found.add(new FormOnPage(page, index, -1));
			}
			for (int button = 0; button < buttons.size(); button++) {
				found.add(new FormOnPage(page, index, button));
			}
		}
		return found;
	}

	/** A form's buttons, each its own submission when it carries a value of its own. */
	private static List<SubmittableElement> submitButtons(HtmlPage page, HtmlForm form) {
		List<SubmittableElement> buttons = new ArrayList<>();
		Set<String> values = new HashSet<>();
		List<HtmlElement> candidates = new ArrayList<>(form.getFormElements());
		if (!form.getId().isEmpty()) {
			candidates.addAll(page.getByXPath("//button[@form='" + form.getId() + "']"));
		}
		for (HtmlElement element : candidates) {
			boolean submits = (element instanceof HtmlButton button && "submit".equalsIgnoreCase(button.getType()))
					|| element instanceof HtmlSubmitInput;
			if (submits && values.add(element.getAttribute("name") + "=" + element.getAttribute("value"))) {
				buttons.add((SubmittableElement) element);
			}
		}
		return buttons;
	}

	/**
	 * The shape of a page or form address: numbers and tokens replaced, query parameters
	 * sorted, so that one customer's page stands for all customers' pages.
	 */
	static String shapeOfAddress(String address) {
		URI uri = URI.create(address);
		Matcher language = LANGUAGE_CHOICE.matcher((uri.getRawQuery() != null) ? uri.getRawQuery() : "");
		if (language.find()) {
			// The header's language menu is on every page: each language is chosen once.
			return "?lang=" + language.group(1);
		}
		String path = List.of(uri.getPath().split("/", -1))
			.stream()
			.map(WalkingTests::shapeOf)
			.collect(Collectors.joining("/"));
		Map<String, String> query = new TreeMap<>();
		if (uri.getRawQuery() != null) {
			for (String parameter : uri.getRawQuery().split("&")) {
				String[] nameAndValue = parameter.split("=", 2);
				query.put(nameAndValue[0], (nameAndValue.length > 1) ? shapeOf(nameAndValue[1]) : "");
			}
		}
		return path + (query.isEmpty() ? "" : "?" + query);
	}

	private static String shapeOf(String value) {
		if (NUMBER.matcher(value).matches()) {
			return "{n}";
		}
		return TOKEN.matcher(value).matches() ? "{t}" : value;
	}

	private boolean isPortal(URI target) {
		return ("http".equals(target.getScheme()) && "localhost".equals(target.getHost())
				&& target.getPort() == this.port);
	}

	private static String withoutFragment(URI target) {
		String text = target.toString();
		int hash = text.indexOf('#');
		return (hash < 0) ? text : text.substring(0, hash);
	}

	private WebRequest get(String address) {
		try {
			URL target = address.startsWith("http") ? URI.create(address).toURL() : url(address);
			return new WebRequest(target, HttpMethod.GET);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(address, ex);
		}
	}

	private URL url(String path) throws IOException {
		return URI.create("http://localhost:" + this.port + path).toURL();
	}

	private static WebClient browser() {
		WebClient browser = new WebClient();
		browser.getOptions().setJavaScriptEnabled(false);
		browser.getOptions().setCssEnabled(false);
		browser.getOptions().setRedirectEnabled(false);
		browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
		browser.getOptions().setPrintContentOnFailingStatusCode(false);
		browser.addRequestHeader("Accept-Language", "en");
		return browser;
	}

	/**
	 * One submission of a form: the form at an index of a page, with one of its buttons.
	 */
	private static final class FormOnPage {

		private final HtmlPage page;

		private final int formIndex;

		private final int buttonIndex;

		private final String shape;

		FormOnPage(HtmlPage page, int formIndex, int buttonIndex) {
			this.page = page;
			this.formIndex = formIndex;
			this.buttonIndex = buttonIndex;
			HtmlForm form = form();
			SubmittableElement button = button();
			String method = form.getMethodAttribute().isEmpty() ? "get" : form.getMethodAttribute();
			URI action = URI.create(page.getUrl().toString()).resolve(form.getActionAttribute());
			String pressed = (button != null)
					? ((HtmlElement) button).getAttribute("name") + "=" + ((HtmlElement) button).getAttribute("value")
					: "";
			this.shape = method.toUpperCase(Locale.ROOT) + " " + shapeOfAddress(action.toString()) + " " + pressed;
		}

		String shape() {
			return this.shape;
		}

		String pageUrl() {
			return this.page.getUrl().toString();
		}

		String methodAndAction() {
			return this.shape.substring(0, this.shape.lastIndexOf(' '));
		}

		boolean destroys() {
			return DESTRUCTIVE.matcher(this.shape.split(" ")[1]).find();
		}

		boolean signsOut() {
			return this.shape.contains("/logout");
		}

		String describe() {
			return this.shape.strip() + " (form on " + this.page.getUrl().getPath() + ")";
		}

		/** The form's request, with plausible values in its empty fields. */
		WebRequest request(String persona) {
			HtmlForm form = form();
			boolean post = "post".equalsIgnoreCase(form.getMethodAttribute());
			String domain = persona.substring(persona.indexOf('@') + 1);
			Set<String> radioGroupsChecked = new HashSet<>();
			for (HtmlElement element : form.getFormElements()) {
				if (element instanceof HtmlCheckBoxInput checkbox && checkbox.hasAttribute("required")) {
					checkbox.setChecked(true);
				}
				else if (element instanceof HtmlRadioButtonInput radio) {
					String group = radio.getNameAttribute();
					if (form.getRadioButtonsByName(group).stream().noneMatch(HtmlRadioButtonInput::isChecked)
							&& radioGroupsChecked.add(group)) {
						radio.setChecked(true);
					}
				}
				else if (post && element instanceof HtmlInput input && isText(input) && input.getValue().isEmpty()) {
					input.setValue(plausible(input.getNameAttribute(), input, domain));
				}
				else if (post && element instanceof HtmlTextArea area && area.getText().isEmpty()) {
					area.setText("Written by the walking test.");
				}
			}
			return form.getWebRequest(button());
		}

		private static boolean isText(HtmlInput input) {
			return input instanceof HtmlTextInput || input instanceof HtmlEmailInput
					|| input instanceof HtmlPasswordInput || input instanceof HtmlNumberInput;
		}

		private static String plausible(String name, HtmlInput input, String domain) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (input instanceof HtmlNumberInput) {
				return input.hasAttribute("min") ? input.getAttribute("min") : "1";
			}
			if (input instanceof HtmlEmailInput || lower.contains("email")) {
				return "walker@" + domain;
			}
			if (input instanceof HtmlPasswordInput || lower.contains("password")) {
				return "a walking test's password";
			}
			if (lower.contains("domain")) {
				return "walking-test.test";
			}
			return "Walking Test";
		}

		private HtmlForm form() {
			return this.page.getForms().get(this.formIndex);
		}

		private SubmittableElement button() {
			return (this.buttonIndex < 0) ? null : submitButtons(this.page, form()).get(this.buttonIndex);
		}

	}

}
