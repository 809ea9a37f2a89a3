package com.partnerportal.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the portal with demo data where it runs and how to sign in, so
 * that trying it needs nothing but the start command.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoAccountsBanner {

	static final String PASSWORD = "demo-password";

	static final List<String> ACCOUNTS = List.of("admin@portal.test        platform admin",
			"ga@fabrikam.test         partner Global admin (Fabrikam Cloud Partners)",
			"agent@fabrikam.test      partner Admin agent", "sales@fabrikam.test      partner Sales agent",
			"helpdesk@fabrikam.test   partner Helpdesk agent", "ga@northwind.test        Northwind Advisors (not CSP)",
			"ga@tailspin.test         Tailspin Government Solutions (US Government cloud)",
			"ga@litware.test          Litware Brasil", "ga@lamna.test            Lamna Cloud GmbH (Germany cloud)",
			"agent@lamna.test         Lamna's Admin agent",
			"ga@contoso.test          customer Global admin (Contoso Iberia)",
			"user@contoso.test        customer user (Contoso Iberia)",
			"ga@adatum.test           customer Global admin (Adatum Italia)",
			"admin@<customer domain>  every other customer's Global admin, e.g. admin@fourth-coffee-federal.test"
					+ " (Tailspin), admin@ipanema-logistica.test (Litware), admin@bodensee-kliniken.test (Lamna)");

	private static final Log logger = LogFactory.getLog(DemoAccountsBanner.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String url = "http://localhost:" + port(event) + "/";
		StringBuilder banner = new StringBuilder();
		banner.append("\n\n  Partner Portal is running at ").append(url).append('\n');
		banner.append("  Demo sign-ins (password for all: ").append(PASSWORD).append("):\n");
		ACCOUNTS.forEach((account) -> banner.append("    ").append(account).append('\n'));
		logger.info(banner);
	}

	private static String port(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext context
				&& context.getWebServer() != null) {
			return String.valueOf(context.getWebServer().getPort());
		}
		return event.getApplicationContext().getEnvironment().getProperty("server.port", "8080");
	}

}
