package com.partnerportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the portal and its database, for tests of a database outage without
 * stopping the database server itself (other tests use it): a TCP forwarder on a local
 * port of its own, in front of the real server, that the test can cut in the two ways an
 * outage looks from the portal. {@link #refuse()} is a server that is gone: every
 * connection is reset and new ones are refused. {@link #blackhole()} is a server that
 * hangs or a network that drops packets: connections are still accepted, but nothing sent
 * either way arrives, so only the portal's own timeouts end its waiting.
 * {@link #restore()} brings the database back as a restarted server does: connections
 * from before the outage stay broken, new ones work.
 */
public final class DatabaseLink implements AutoCloseable {

	private enum State {

		FORWARDING, BLACKHOLED, REFUSING, CLOSED

	}

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile State state = State.FORWARDING;

	private volatile ServerSocket listener;

	private DatabaseLink(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.listener = listen(0);
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	/**
	 * Starts forwarding a free local port to the given server.
	 * @param targetHost the database server's host
	 * @param targetPort its port
	 * @return the link, forwarding
	 */
	public static DatabaseLink to(String targetHost, int targetPort) {
		return new DatabaseLink(targetHost, targetPort);
	}

	/**
	 * @return the local port the portal should connect to instead of the server's
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The server is gone: open connections are reset and new ones refused, as when the
	 * database server's process or machine has stopped.
	 */
	public synchronized void refuse() {
		this.state = State.REFUSING;
		closeQuietly(this.listener);
		dropConnections();
	}

	/**
	 * The server hangs: connections are accepted and kept, but nothing passes, as behind
	 * a firewall that drops packets or with a server frozen by a full disk.
	 */
	public synchronized void blackhole() {
		this.state = State.BLACKHOLED;
	}

	/**
	 * The database is back, as after a restart: the connections from before are closed,
	 * new ones reach the server.
	 */
	public synchronized void restore() {
		dropConnections();
		if (this.state == State.REFUSING) {
			this.listener = listen(this.port);
			accept(this.listener);
		}
		this.state = State.FORWARDING;
	}

	@Override
	public synchronized void close() {
		this.state = State.CLOSED;
		closeQuietly(this.listener);
		dropConnections();
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			// The same port again right after it was closed, which connections in
			// TIME_WAIT would otherwise hold.
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket server) {
		Thread acceptor = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					this.sockets.add(client);
					if (this.state == State.BLACKHOLED) {
						// Accepted and never answered: the client waits for the server's
						// first bytes.
						continue;
					}
					Socket upstream = new Socket(this.targetHost, this.targetPort);
					this.sockets.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					// Closed by refuse() or close(), or the server refused: the client
					// sees its connection end.
				}
			}
		}, "database-link-accept-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (this.state == State.BLACKHOLED) {
						// Swallowed, as a network that drops packets would.
						continue;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// One side closed or was dropped.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "database-link-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private void dropConnections() {
		for (Socket socket : this.sockets) {
			try {
				// A reset, as from a server whose process is gone, not an orderly close.
				socket.setSoLinger(true, 0);
			}
			catch (SocketException ex) {
				// Already closed.
			}
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Closing what may already be closed.
		}
	}

}
