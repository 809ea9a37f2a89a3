package com.partnerportal.activity;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;

/**
 * Reads a rendered activity page the way a person sees it: the table's rows and their
 * cells' text.
 */
final class ActivityPage {

	private final HtmlPage page;

	private ActivityPage(HtmlPage page) {
		this.page = page;
	}

	static ActivityPage parse(String html) {
		try (WebClient client = new WebClient()) {
			client.getOptions().setJavaScriptEnabled(false);
			client.getOptions().setCssEnabled(false);
			StringWebResponse response = new StringWebResponse(html, URI.create("http://localhost/").toURL());
			return new ActivityPage((HtmlPage) client.loadWebResponseInto(response, client.getCurrentWindow()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return each body row's cells, as text
	 */
	List<List<String>> rows() {
		List<HtmlTableRow> rows = this.page.getByXPath("//table/tbody/tr");
		return rows.stream()
			.map((row) -> row.getCells().stream().map((cell) -> cell.asNormalizedText()).toList())
			.toList();
	}

	/**
	 * @param column the zero-based column: 0 when, 1 who, 2 customer (partner on a
	 * customer's page), 3 action, 4 change; the platform's page has partner and customer
	 * in 2 and 3, see {@link #column(String)}
	 * @return that column of every row, top down
	 */
	List<String> column(int column) {
		return rows().stream().map((cells) -> cells.get(column)).toList();
	}

	/**
	 * @param header the column's heading, as shown
	 * @return that column of every row, top down
	 */
	List<String> column(String header) {
		int column = headers().indexOf(header);
		if (column < 0) {
			throw new IllegalArgumentException("No column " + header + " in " + headers());
		}
		return column(column);
	}

	List<String> headers() {
		List<DomElement> headers = this.page.getByXPath("//table/thead/tr/th");
		return headers.stream().map(DomElement::asNormalizedText).toList();
	}

}
