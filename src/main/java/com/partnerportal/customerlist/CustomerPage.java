package com.partnerportal.customerlist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import com.partnerportal.customerlist.web.CustomerListController;

/**
 * One page of the customer list, and where the pages around it start. A page is addressed
 * by the customer it follows (its cursor) rather than by how many rows come before it, so
 * that page 2,000 costs what the first does.
 *
 * @param rows the page's customers
 * @param number the zero-based page number
 * @param matching how many customers match, counted up to
 * {@link CustomerListQueries#COUNT_LIMIT} and one more
 * @param cursors for the page shown and the pages around it that exist, the customer each
 * starts after; empty for the first page
 */
public record CustomerPage(List<CustomerRow> rows, int number, long matching, Map<Integer, Optional<Long>> cursors) {

	static CustomerPage empty() {
		return new CustomerPage(List.of(), 0, 0, Map.of(0, Optional.empty()));
	}

	/**
	 * @return whether more customers match than were counted
	 */
	public boolean countLimited() {
		return this.matching > CustomerListQueries.COUNT_LIMIT;
	}

	/**
	 * @return the rows as a page: its total is the exact count, or, when more match than
	 * were counted, enough to reach the pages around this one
	 */
	public Page<CustomerRow> toPage() {
		int size = CustomerListController.PAGE_SIZE;
		int lastNearby = this.cursors.keySet().stream().mapToInt(Integer::intValue).max().orElse(this.number);
		long total = countLimited() ? (long) lastNearby * size + ((lastNearby > this.number) ? 1 : this.rows.size())
				: Math.max(this.matching, (long) this.number * size + this.rows.size());
		return new PageImpl<>(this.rows, PageRequest.of(this.number, size), total);
	}

	/**
	 * @return the customer the page shown starts after: empty for the first page
	 */
	public Optional<Long> shownCursor() {
		return Objects.requireNonNull(this.cursors.get(this.number), "The page shown has no cursor");
	}

	/**
	 * @param page a page number around this one
	 * @return the customer that page starts after: empty for the first page, and
	 * {@code null} for a page that is not around this one
	 */
	@org.jspecify.annotations.Nullable
	public Optional<Long> cursor(int page) {
		return this.cursors.get(page);
	}

}
