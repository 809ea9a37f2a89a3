package com.partnerportal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class SecurityHeadersTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * What no template may contain: inline scripts, event handlers, script URLs, inline
	 * styles.
	 */
	private static final List<Pattern> INLINE = List.of(Pattern.compile("<script(?![^>]*\\bth:src=)[^>]*>"),
			Pattern.compile("\\s(th:)?on[a-z]+\\s*="), Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\s(th:)?style\\s*="), Pattern.compile("<style"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	List<SecurityFilterChain> filterChains;

	@Test
	void everyPageWhenServedThenScriptsAndStylesOnlyFromThePortalAndNeverFramed() {
		for (MvcTestResult page : mainPages()) {
			String policy = page.getResponse().getHeader("Content-Security-Policy");
			assertThat(policy)
				.contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "object-src 'none'",
						"base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
			assertThat(page).headers()
				.hasValue("X-Content-Type-Options", "nosniff")
				.hasValue("X-Frame-Options", "DENY");
		}
	}

	@Test
	void pageWhenNotAnInvitationPageThenSendsOnlyTheOriginAsReferrerWithinThePortal() {
		for (MvcTestResult page : mainPages()) {
			assertThat(page).headers().hasValue("Referrer-Policy", "same-origin");
		}
	}

	@Test
	void invitationAndAgreementPagesWhenServedThenSendNoReferrerAtAll() {
		assertThat(this.mvc.get().uri("/invitations/not-a-token")).headers().hasValue("Referrer-Policy", "no-referrer");
		assertThat(this.mvc.get().uri("/invitations/not-a-token/register")).headers()
			.hasValue("Referrer-Policy", "no-referrer");
		assertThat(this.mvc.get().uri("/customer-agreement")).hasStatusOk()
			.headers()
			.hasValue("Referrer-Policy", "no-referrer");
	}

	@Test
	void pageWhenServedOverHttpsThenTellsTheBrowserToKeepToHttps() {
		assertThat(this.mvc.get().uri("/login").secure(true)).headers()
			.hasValue("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@Test
	void pageWhenServedOverPlainHttpThenNoHstsWhichBrowsersWouldIgnoreAnyway() {
		assertThat(this.mvc.get().uri("/login")).headers().doesNotContainHeader("Strict-Transport-Security");
	}

	/**
	 * The CSV exports are written on another thread while the request's own thread leaves
	 * the filters. Headers added on the way out then race the download's first bytes:
	 * under load Tomcat sent exports without {@code Referrer-Policy}, or with a header
	 * line that has no name, which HTTP clients refuse. The race itself shows once in
	 * thousands of requests, so what is checked here is the portal's defence: the headers
	 * are written before the page runs, and the exports carry them all.
	 */
	@Test
	void downloadsWhenStreamedFromAnotherThreadThenTheHeadersWereWrittenBeforeThePageRan() {
		HeaderWriterFilter headerWriter = this.filterChains.stream()
			.flatMap((chain) -> chain.getFilters().stream())
			.filter(HeaderWriterFilter.class::isInstance)
			.map(HeaderWriterFilter.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(ReflectionTestUtils.getField(headerWriter, "shouldWriteHeadersEagerly"))
			.as("headers written before the page runs")
			.isEqualTo(true);
		for (MvcTestResult download : List.of(signedIn(DemoAccounts.FABRIKAM_ADMIN, "/partner/customers/export"),
				signedIn(DemoAccounts.PLATFORM_ADMIN, "/admin/activity/export"))) {
			assertThat(download).headers()
				.hasValue("X-Content-Type-Options", "nosniff")
				.hasValue("X-Frame-Options", "DENY")
				.hasValue("Referrer-Policy", "same-origin")
				.containsHeader("Content-Security-Policy");
			assertThat(download.getResponse().getContentType()).startsWith("text/csv");
		}
	}

	@Test
	void templatesWhenReadThenNoInlineScriptEventHandlerScriptUrlOrStyleTheCspWouldBlock() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((file) -> file.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				for (Pattern inline : INLINE) {
					assertThat(inline.matcher(html).find()).as(template + " contains " + inline).isFalse();
				}
			}
		}
	}

	private List<MvcTestResult> mainPages() {
		return List.of(this.mvc.get().uri("/login").exchange(), this.mvc.get().uri("/no-such-page").exchange(),
				signedIn(DemoAccounts.FABRIKAM_ADMIN, "/partner/customers"),
				signedIn(DemoAccounts.CONTOSO_ADMIN, "/customer/partner-relationships"),
				signedIn(DemoAccounts.PLATFORM_ADMIN, "/admin"));
	}

	private MvcTestResult signedIn(String email, String path) {
		MockMvcRequestBuilder request = this.mvc.get().uri(path).with(this.demo.signedIn(email));
		MvcTestResult result = request.exchange();
		assertThat(result).as(path).hasStatusOk();
		return result;
	}

}
