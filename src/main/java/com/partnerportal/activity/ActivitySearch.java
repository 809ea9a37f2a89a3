package com.partnerportal.activity;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the activity log for its pages and its export, always within a scope decided by
 * the signed-in user.
 */
@Service
@Transactional(readOnly = true)
class ActivitySearch {

	static final int PAGE_SIZE = 50;

	private final ActivityQueries queries;

	ActivitySearch(ActivityQueries queries) {
		this.queries = queries;
	}

	/**
	 * One page of entries, newest first, in two queries: a count and the page's rows.
	 * @param scope whose entries
	 * @param filter which of them
	 * @param page the zero-based page number; a negative one means the first
	 * @return the page
	 */
	public Page<ActivityRow> page(ActivityScope scope, ActivityFilter filter, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		long total = this.queries.count(scope, filter);
		List<ActivityRow> rows = this.queries.findPage(scope, filter, request.getOffset(), request.getPageSize());
		return new PageImpl<>(rows, request, total);
	}

	/**
	 * Hands every matching entry, newest first, to {@code action} as it is read. The
	 * read-only transaction is what lets the PostgreSQL driver read through a cursor, so
	 * that a million rows take no more memory than a few hundred.
	 * @param scope whose entries
	 * @param filter which of them
	 * @param action called once per entry, in order; it must not keep the rows
	 */
	public void forEach(ActivityScope scope, ActivityFilter filter, Consumer<ActivityRow> action) {
		this.queries.forEach(scope, filter, action);
	}

}
