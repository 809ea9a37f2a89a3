package com.partnerportal.activity;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.activity.internal.ActivityQueries;

/**
 * Reads the activity log for its pages and its export, always within a scope decided by
 * the signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class ActivitySearch {

	static final int PAGE_SIZE = 50;

	/**
	 * The count stops here, and pages go no deeper: past it the page says "more than"
	 * this many, and the CSV export has them all.
	 */
	static final int COUNT_LIMIT = 10_000;

	private final ActivityQueries queries;

	ActivitySearch(ActivityQueries queries) {
		this.queries = queries;
	}

	/**
	 * One page of entries, newest first, in two queries: a count, which stops past
	 * {@link #COUNT_LIMIT}, and the page's rows.
	 * @param scope whose entries
	 * @param filter which of them
	 * @param page the zero-based page number; a negative one means the first, and none is
	 * deeper than the last within {@link #COUNT_LIMIT}
	 * @return the page, whose total is {@link #COUNT_LIMIT} when more match
	 */
	public ActivityPage page(ActivityScope scope, ActivityFilter filter, int page) {
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, COUNT_LIMIT / PAGE_SIZE - 1)), PAGE_SIZE);
		long counted = this.queries.count(scope, filter, COUNT_LIMIT + 1);
		List<ActivityRow> rows = this.queries.findPage(scope, filter, request.getOffset(), request.getPageSize());
		return new ActivityPage(new PageImpl<>(rows, request, Math.min(counted, COUNT_LIMIT)), counted > COUNT_LIMIT);
	}

	/**
	 * A page of entries.
	 *
	 * @param entries the page
	 * @param countLimited whether more entries match than its total, where the count
	 * stopped
	 */
	public record ActivityPage(Page<ActivityRow> entries, boolean countLimited) {
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
