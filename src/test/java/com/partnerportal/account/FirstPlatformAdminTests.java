package com.partnerportal.account;

import java.net.URL;
import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

import com.partnerportal.PartnerPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.mock;

/**
 * A start against a database without demo data and without a platform admin, as a first
 * production start is: the admin comes from the configuration, can sign in, and later
 * starts, also with the settings removed, neither add another nor fail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.demo-data=false",
				"spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
				"portal.admin.email=" + FirstPlatformAdminTests.EMAIL,
				"portal.admin.password=" + FirstPlatformAdminTests.PASSWORD, "portal.admin.display-name=Olga Ops" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class FirstPlatformAdminTests {

	static final String EMAIL = "Ops@Example.test";

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void startWhenNoAdminThenCreatesTheConfiguredOneWhoCanSignIn() throws Exception {
		assertThat(platformAdmins()).isEqualTo(1);
		assertThat(this.accounts.findByEmail("ops@example.test")).get()
			.isInstanceOf(PlatformAdmin.class)
			.extracting(UserAccount::getDisplayName)
			.isEqualTo("Olga Ops");

		try (WebClient browser = new WebClient()) {
			browser.getOptions().setJavaScriptEnabled(false);
			HtmlPage login = browser.getPage(new URL("http://localhost:" + this.port + "/login"));
			HtmlForm form = login.getForms()
				.stream()
				.filter((candidate) -> candidate.getActionAttribute().endsWith("/login"))
				.findFirst()
				.orElseThrow();
			form.getInputByName("username").type(EMAIL);
			form.getInputByName("password").type(PASSWORD);
			HtmlButton signIn = form.getFirstByXPath(".//button[@type='submit']");
			HtmlPage home = signIn.click();

			assertThat(home.getUrl().getPath()).startsWith("/admin");
		}
	}

	@Test
	void startWhenAnAdminExistsThenAddsNoneEvenWithoutTheSettings(CapturedOutput output) {
		String url = ((HikariDataSource) this.dataSource).getJdbcUrl();

		startAgainst(url, "--portal.admin.email=" + EMAIL, "--portal.admin.password=" + PASSWORD);
		startAgainst(url, "--portal.admin.email=", "--portal.admin.password=");

		assertThat(platformAdmins()).isEqualTo(1);
		assertThat(output).doesNotContain(PASSWORD);
	}

	/**
	 * Another instance inserts the admin between this one's check and its insert: the
	 * unique key refuses the second insert, and the instance starts with the admin the
	 * other one created.
	 */
	@Test
	void ensureOneWhenAnotherInstanceCreatedTheAdminMeanwhileThenKeepsThatOne() {
		UserAccountRepository staleCheck = mock(UserAccountRepository.class, delegatesTo(this.accounts));
		willReturn(false).willAnswer((invocation) -> this.accounts.existsPlatformAdmin())
			.given(staleCheck)
			.existsPlatformAdmin();
		FirstPlatformAdmin bootstrap = new FirstPlatformAdmin(staleCheck, this.passwordEncoder,
				new FirstPlatformAdminProperties(EMAIL, PASSWORD, "Second Instance"), Clock.systemUTC());

		bootstrap.ensureOne();

		assertThat(platformAdmins()).isEqualTo(1);
		assertThat(this.accounts.findByEmail("ops@example.test")).get()
			.extracting(UserAccount::getDisplayName)
			.isEqualTo("Olga Ops");
	}

	private static void startAgainst(String url, String... admin) {
		String[] args = { "--server.port=0", "--portal.demo-data=false",
				"--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
				"--spring.datasource.url=" + url, admin[0], admin[1] };
		new SpringApplicationBuilder(PartnerPortalApplication.class).registerShutdownHook(false).run(args).close();
	}

	private long platformAdmins() {
		return this.jdbc.sql("select count(*) from user_account where kind = 'PLATFORM_ADMIN'")
			.query(Long.class)
			.single();
	}

}
