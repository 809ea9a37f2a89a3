package com.partnerportal.customerlist.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.partnerportal.customerlist.CustomerDetails;
import com.partnerportal.customerlist.CustomerExport;
import com.partnerportal.customerlist.CustomerListQueries;
import com.partnerportal.customerlist.CustomerOrder;
import com.partnerportal.customerlist.CustomerPage;
import com.partnerportal.customerlist.CustomerRow;
import com.partnerportal.customerlist.CustomerSelection;
import com.partnerportal.customerlist.DelegatedAdminCoverage;
import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.web.CsvDownload;

/**
 * The partner's Customers page: every partner role may search and view its customers.
 * Parameters arrive as text and are read leniently, because a hand-edited link should
 * show the list, not an error; only a customer that is not the partner's answers 404.
 */
@Controller
@RequestMapping("/partner/customers")
public class CustomerListController {

	public static final int PAGE_SIZE = 20;

	/** Longer searches are cut: no company name or domain is longer. */
	static final int MAX_SEARCH_LENGTH = 253;

	private final CustomerListQueries queries;

	private final CustomerExport export;

	private final Clock clock;

	CustomerListController(CustomerListQueries queries, CustomerExport export, Clock clock) {
		this.queries = queries;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "q", required = false) @Nullable String q,
			@RequestParam(name = "dap", required = false) @Nullable String dap,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", required = false) @Nullable String page,
			@RequestParam(name = "after", required = false) @Nullable String after,
			@RequestParam(name = "expand", required = false) @Nullable String expand, HttpServletRequest request,
			Locale locale, Model model) {
		CustomerSelection selection = selection(q, dap, sort, locale);
		String search = selection.search();
		CustomerOrder order = selection.order();
		CustomerPage found = this.queries.customers(user.partnerId(), selection, pageNumber(page), cursor(after));
		CustomerListLinks links = new CustomerListLinks(request.getContextPath() + "/partner/customers", search,
				selection.coverage(), order, found.number(), found.shownCursor().orElse(null));
		CustomerPageLinks pageLinks = new CustomerPageLinks(found, links);
		Page<CustomerRow> customers = pageLinks.page();
		model.addAttribute("customers", customers);
		model.addAttribute("pageLinks", pageLinks);
		model.addAttribute("links", links);
		model.addAttribute("search", search);
		model.addAttribute("coverage", selection.coverage());
		model.addAttribute("coverages", DelegatedAdminCoverage.values());
		model.addAttribute("order", order);
		if (expand != null) {
			Long customerId = customerId(expand);
			CustomerDetails details = this.queries.details(user.partnerId(), customerId)
				.orElseThrow(() -> new NotFoundException("No customer " + customerId + " for this partner"));
			model.addAttribute("details", details);
			model.addAttribute("detailsOnPage",
					customers.getContent().stream().anyMatch((row) -> row.id().equals(customerId)));
		}
		return "customers/list";
	}

	/**
	 * Every customer the list selects, all pages, as a CSV file written while it is read.
	 */
	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "q", required = false) @Nullable String q,
			@RequestParam(name = "dap", required = false) @Nullable String dap,
			@RequestParam(name = "sort", required = false) @Nullable String sort, Locale locale) {
		return CsvDownload.of("customers", LocalDate.now(this.clock),
				this.export.csv(user.partnerId(), selection(q, dap, sort, locale)));
	}

	private static CustomerSelection selection(@Nullable String q, @Nullable String dap, @Nullable String sort,
			Locale locale) {
		return new CustomerSelection(search(q), DelegatedAdminCoverage.parse(dap).orElse(null),
				CustomerOrder.parse(sort), locale);
	}

	private static @Nullable String search(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		String search = q.strip();
		return (search.length() > MAX_SEARCH_LENGTH) ? search.substring(0, MAX_SEARCH_LENGTH) : search;
	}

	/**
	 * A page number that is not a number, or is negative, means the first page; one past
	 * the end gives the last page.
	 */
	private static int pageNumber(@Nullable String page) {
		if (page == null) {
			return 0;
		}
		try {
			long number = Long.parseLong(page.strip());
			return (int) Math.max(0, Math.min(number, Integer.MAX_VALUE / PAGE_SIZE));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * A cursor that is not a number is ignored: the page is then found by its number.
	 */
	private static @Nullable Long cursor(@Nullable String after) {
		if (after == null) {
			return null;
		}
		try {
			return Long.valueOf(after.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Long customerId(String expand) {
		try {
			return Long.valueOf(expand.strip());
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("No customer " + expand);
		}
	}

}
