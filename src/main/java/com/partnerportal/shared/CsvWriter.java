package com.partnerportal.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes CSV the way spreadsheets read it, one row at a time straight to the output:
 * <ul>
 * <li>UTF-8 with a byte order mark, because Excel reads a CSV file without one in the
 * machine's legacy code page and garbles accents and Cyrillic; other readers skip the
 * mark.</li>
 * <li>RFC 4180: cells with a comma, a double quote or a line break are quoted, quotes
 * doubled; lines end in CRLF. Cells with a semicolon or a tab are quoted too:
 * spreadsheets in Spanish, Portuguese, Italian and Russian split CSV on semicolons, and
 * some on tabs, so an unquoted {@code a;=b} would reach them as two cells, the second a
 * formula.</li>
 * <li>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading {@code '}, so that a spreadsheet shows it as text
 * instead of running it as a formula (CSV injection: names and values in the log are
 * typed by users). A negative number then reads as text too, which an export can
 * afford.</li>
 * </ul>
 */
public final class CsvWriter {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String LINE_END = "\r\n";

	/**
	 * The separators of the common locales (comma, semicolon, tab), the quote and line
	 * breaks.
	 */
	private static final String QUOTED_CHARACTERS = ",;\t\"\r\n";

	private final Writer out;

	/**
	 * Starts the file with the byte order mark.
	 * @param out where the file goes; not closed here
	 */
	public CsvWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		write(String.valueOf(BYTE_ORDER_MARK));
	}

	/**
	 * @param cells the row's cells; {@code null} writes an empty cell
	 * @throws UncheckedIOException if the output fails, for instance because the browser
	 * went away
	 */
	public void row(List<@Nullable String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		write(line.append(LINE_END).toString());
	}

	/**
	 * Writes out what is buffered.
	 * @throws UncheckedIOException if the output fails
	 */
	public void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param value a cell's value
	 * @return the cell as written, defused and quoted where needed
	 */
	public static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = startsLikeAFormula(value) ? "'" + value : value;
		if (!needsQuotes(text)) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	/**
	 * Whether the cell holds what a spreadsheet of any common locale reads as the end of
	 * a cell or a row, or a quote.
	 */
	private static boolean needsQuotes(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (QUOTED_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsLikeAFormula(String value) {
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
