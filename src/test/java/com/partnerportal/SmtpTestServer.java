package com.partnerportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail, an SMTP server in the test's JVM, on a port of its own and without
 * authentication, for the tests that read back what the portal sent.
 */
public final class SmtpTestServer {

	private SmtpTestServer() {
	}

	/**
	 * @return a port nothing listens on now, for a server the test starts later
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param port the port
	 * @return a server started before each test method and stopped after it
	 */
	public static GreenMailExtension extension(int port) {
		return new GreenMailExtension(setup(port))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	/**
	 * @param port the port
	 * @return a server, not started yet
	 */
	public static GreenMail server(int port) {
		return new GreenMail(setup(port))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	/**
	 * @param properties the test context's properties
	 * @param port the port of the server the portal sends its mail to
	 */
	public static void pointAt(DynamicPropertyRegistry properties, int port) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> port);
	}

	/**
	 * @param messages messages received
	 * @return the first recipient of each
	 */
	public static List<String> recipients(MimeMessage[] messages) {
		return Arrays.stream(messages).map(SmtpTestServer::recipient).toList();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ServerSetup setup(int port) {
		return new ServerSetup(port, "127.0.0.1", "smtp");
	}

}
