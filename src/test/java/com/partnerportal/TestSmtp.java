package com.partnerportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test's JVM (GreenMail) and the settings that point the portal
 * at it, for the tests that read the mail the portal sends.
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	/**
	 * @param port the port, such as one from {@link #freePort()}
	 * @return a GreenMail server on that port of the loopback address, which accepts mail
	 * without authentication; register it with {@code @RegisterExtension}
	 */
	public static GreenMailExtension server(int port) {
		return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"))
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
	 * @return a port nothing listens on now
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
