package com.partnerportal.generator;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells whoever runs the generator how far it got: rows written per table, and how fast.
 */
class Progress {

	private static final Log logger = LogFactory.getLog(DataGenerator.class);

	private static final long REPORT_EVERY = 100_000;

	private final long started = System.nanoTime();

	private long tableStarted = System.nanoTime();

	void start(String table) {
		this.tableStarted = System.nanoTime();
		logger.info("Writing " + table);
	}

	void rows(String table, long written) {
		if (written % REPORT_EVERY == 0) {
			logger.info(String.format("  %s: %,d rows (%,d rows/s)", table, written, rate(written)));
		}
	}

	void done(String table, long written) {
		logger.info(String.format("  %s: %,d rows in %.1f s; %.1f s in all", table, written, seconds(this.tableStarted),
				seconds(this.started)));
	}

	void note(String message) {
		logger.info(message);
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.started);
	}

	private long rate(long written) {
		double seconds = seconds(this.tableStarted);
		return (seconds > 0) ? (long) (written / seconds) : written;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
