package com.partnerportal.customerlist;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.partnerportal.security.PortalUser;
import com.partnerportal.shared.NotFoundException;

/**
 * The partner's Customers page: every partner role may search and view its customers.
 * Parameters arrive as text and are read leniently, because a hand-edited link should
 * show the list, not an error; only a customer that is not the partner's answers 404.
 */
@Controller
@RequestMapping("/partner/customers")
class CustomerListController {

	static final int PAGE_SIZE = 20;

	/** Longer searches are cut: no company name or domain is longer. */
	static final int MAX_SEARCH_LENGTH = 253;

	private final CustomerListQueries queries;

	CustomerListController(CustomerListQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "q", required = false) @Nullable String q,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", required = false) @Nullable String page,
			@RequestParam(name = "after", required = false) @Nullable String after,
			@RequestParam(name = "expand", required = false) @Nullable String expand, HttpServletRequest request,
			Model model) {
		String search = search(q);
		CustomerOrder order = CustomerOrder.parse(sort);
		CustomerPage found = this.queries.customers(user.partnerId(), search, order, pageNumber(page), cursor(after));
		CustomerListLinks links = new CustomerListLinks(request.getContextPath() + "/partner/customers", search, order,
				found.number(), found.cursor(found.number()).orElse(null));
		CustomerPageLinks pageLinks = new CustomerPageLinks(found, links);
		Page<CustomerRow> customers = pageLinks.page();
		model.addAttribute("customers", customers);
		model.addAttribute("pageLinks", pageLinks);
		model.addAttribute("links", links);
		model.addAttribute("search", search);
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
