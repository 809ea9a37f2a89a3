package com.partnerportal.shared;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Fills a table the application derives from others, after every migration, in the
 * migration's transaction: for rows that SQL inserted without it (the demo data, a
 * repeatable migration) and for derived values no SQL can compute the same on H2 and on
 * PostgreSQL. A subclass finds what is missing and inserts it.
 */
public abstract class AfterMigrationFill implements Callback {

	private final String table;

	/**
	 * @param table the table filled, for the callback's name and its error
	 */
	protected AfterMigrationFill(String table) {
		this.table = table;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			fill(context.getConnection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Filling " + this.table + " failed", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "fill " + this.table;
	}

	/**
	 * @param connection the migration's connection
	 * @throws SQLException if a statement fails
	 */
	protected abstract void fill(Connection connection) throws SQLException;

}
