package com.partnerportal.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the rows of one table as fast as the database takes them: COPY on PostgreSQL,
 * batched prepared inserts elsewhere. Rows are buffered and sent in chunks, each chunk
 * committed, so memory stays flat however many rows a table gets.
 */
abstract class TableWriter implements AutoCloseable {

	static final int CHUNK = 5_000;

	private final String table;

	private final Progress progress;

	private long written;

	TableWriter(String table, Progress progress) {
		this.table = table;
		this.progress = progress;
		progress.start(table);
	}

	/**
	 * @param connection a connection with auto-commit off, used by nothing else until the
	 * writer is closed
	 * @param table the table
	 * @param columns the columns every row gives, in order
	 * @param progress where the row count is reported
	 * @return a writer using COPY on PostgreSQL and batched inserts on any other database
	 * @throws SQLException if the connection cannot be asked what it is
	 */
	static TableWriter open(Connection connection, String table, List<String> columns, Progress progress)
			throws SQLException {
		if (connection.isWrapperFor(PGConnection.class)) {
			return new Copy(connection, table, columns, progress);
		}
		return new Batch(connection, table, columns, progress);
	}

	/**
	 * @param values one value per column: {@link Long}, {@link Integer}, {@link Boolean},
	 * {@link String}, {@link OffsetDateTime} or {@code null}
	 */
	final void row(@Nullable Object... values) {
		try {
			add(values);
			this.written++;
			if (this.written % CHUNK == 0) {
				flush();
				this.progress.rows(this.table, this.written);
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing " + this.table + " failed at row " + this.written, ex);
		}
	}

	@Override
	public final void close() throws SQLException, IOException {
		flush();
		release();
		this.progress.done(this.table, this.written);
	}

	long written() {
		return this.written;
	}

	abstract void add(@Nullable Object[] values) throws SQLException, IOException;

	abstract void flush() throws SQLException, IOException;

	void release() throws SQLException {
	}

	/**
	 * Batched inserts: H2 runs a batch of prepared inserts in one round trip per chunk.
	 */
	static final class Batch extends TableWriter {

		private final Connection connection;

		private final PreparedStatement insert;

		private int pending;

		Batch(Connection connection, String table, List<String> columns, Progress progress) throws SQLException {
			super(table, progress);
			this.connection = connection;
			String placeholders = String.join(", ", columns.stream().map((column) -> "?").toList());
			this.insert = connection.prepareStatement(
					"insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")");
		}

		@Override
		void add(@Nullable Object[] values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				this.insert.setObject(i + 1, values[i]);
			}
			this.insert.addBatch();
			this.pending++;
		}

		@Override
		void flush() throws SQLException {
			if (this.pending > 0) {
				this.insert.executeBatch();
				this.connection.commit();
				this.pending = 0;
			}
		}

		@Override
		void release() throws SQLException {
			this.insert.close();
		}

	}

	/**
	 * PostgreSQL's COPY in its text format: one tab-separated line per row, {@code \N}
	 * for null. Each chunk is one COPY statement.
	 */
	static final class Copy extends TableWriter {

		private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSXXX",
				Locale.ROOT);

		private final Connection connection;

		private final CopyManager copy;

		private final String statement;

		private final StringBuilder buffer = new StringBuilder(1 << 20);

		Copy(Connection connection, String table, List<String> columns, Progress progress) throws SQLException {
			super(table, progress);
			this.connection = connection;
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
			this.statement = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
		}

		@Override
		void add(@Nullable Object[] values) {
			StringJoiner line = new StringJoiner("\t", "", "\n");
			for (Object value : values) {
				line.add(text(value));
			}
			this.buffer.append(line);
		}

		@Override
		void flush() throws SQLException, IOException {
			if (this.buffer.isEmpty()) {
				return;
			}
			try (Reader rows = new StringReader(this.buffer.toString())) {
				this.copy.copyIn(this.statement, rows);
			}
			this.connection.commit();
			this.buffer.setLength(0);
		}

		private static String text(@Nullable Object value) {
			if (value == null) {
				return "\\N";
			}
			if (value instanceof OffsetDateTime time) {
				return TIMESTAMP.format(time);
			}
			if (value instanceof String text) {
				return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
			}
			return value.toString();
		}

	}

}
