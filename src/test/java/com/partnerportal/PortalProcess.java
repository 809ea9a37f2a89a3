package com.partnerportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal running in a JVM of its own, started from the test class path, as an
 * operator runs it: for tests that need more than one instance, or that kill an instance
 * hard. Its output goes to {@code target/portal-processes/<name>.log}.
 */
public final class PortalProcess implements AutoCloseable {

	/**
	 * Generous: two instances starting at once on a busy two-core build machine have
	 * taken more than two minutes.
	 */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private PortalProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts an instance on a free port with the given application properties (passed as
	 * command-line arguments, which win over every properties file) and waits until it
	 * answers.
	 */
	public static PortalProcess start(String name, Map<String, String> properties) {
		int port = freePort();
		Path log = Path.of("target", "portal-processes", name + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(PartnerPortalApplication.class.getName());
		command.add("--server.port=" + port);
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			PortalProcess portal = new PortalProcess(name, port, process, log);
			portal.awaitFirstAnswer();
			return portal;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	public int port() {
		return this.port;
	}

	/** Ends the process at once, as a power cut or {@code kill -9} would. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			waitForExit();
		}
	}

	private void waitForExit() {
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitFirstAnswer() {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/login"))).timeout(Duration.ofSeconds(5)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " stopped while starting; see " + this.log.toAbsolutePath());
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		close();
		throw new IllegalStateException(
				this.name + " did not answer within " + START_TIMEOUT + "; see " + this.log.toAbsolutePath());
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
