package com.partnerportal.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityExport;
import com.partnerportal.activity.ActivityFilter;
import com.partnerportal.activity.ActivityLabels;
import com.partnerportal.activity.ActivityRow;
import com.partnerportal.activity.ActivityScope;
import com.partnerportal.activity.ActivitySearch;
import com.partnerportal.security.PortalUser;
import com.partnerportal.web.CsvDownload;
import com.partnerportal.web.PageLinks;
import com.partnerportal.web.UserTimeZones;

/**
 * The activity log's page and CSV export, one design for three readers: partners see
 * their partner's entries, customers their customer's, platform admins all. The URL's
 * first segment names the audience, and the {@link ActivityScope} is built from it and
 * the signed-in user; the URL rules admit only the matching role.
 */
@Controller
class ActivityLogController {

	static final String FILTER = "activityFilter";

	private final ActivitySearch search;

	private final ActivityExport export;

	private final UserTimeZones timeZones;

	private final MessageSource messages;

	private final Clock clock;

	ActivityLogController(ActivitySearch search, ActivityExport export, UserTimeZones timeZones, MessageSource messages,
			Clock clock) {
		this.search = search;
		this.export = export;
		this.timeZones = timeZones;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/{area:" + ActivityScope.Audience.AREAS + "}/activity")
	String list(@PathVariable String area, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute(FILTER) ActivityFilterForm form, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ActivityScope scope = scope(area, user);
		ZoneId zone = this.timeZones.zoneOf(user.timeZone());
		Optional<ActivityFilter> filter = form.toFilter(scope, zone, today(zone), errors);
		model.addAttribute("audience", scope.audience());
		// The organisation on the other side of each entry: a partner reads the
		// customer, a customer the partner, the platform both.
		model.addAttribute("customerFilter", scope.filtersByCustomer());
		model.addAttribute("partnerFilter", scope.filtersByPartner());
		model.addAttribute("basePath", scope.audience().path());
		model.addAttribute("zone", zone);
		model.addAttribute("actions", ActivityAction.values());
		model.addAttribute("labels", new ActivityLabels(this.messages, locale, zone));
		filter.ifPresent((valid) -> {
			ActivitySearch.ActivityPage found = this.search.page(scope, valid, page);
			Page<ActivityRow> entries = found.entries();
			// The filter as applied, defaults included, fills the fields and the export
			// link.
			model.addAttribute(FILTER, valid.toForm());
			model.addAttribute("filtered", valid.narrowed());
			model.addAttribute("entries", entries);
			model.addAttribute("countLimited", found.countLimited());
			model.addAttribute("links", PageLinks.counted(entries, found.countLimited()));
		});
		return "activity/list";
	}

	@GetMapping("/{area:" + ActivityScope.Audience.AREAS + "}/activity/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String area, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute(FILTER) ActivityFilterForm form, BindingResult errors, Locale locale) {
		ActivityScope scope = scope(area, user);
		ZoneId zone = this.timeZones.zoneOf(user.timeZone());
		LocalDate today = today(zone);
		// The page only links to an export of a valid filter; anything else was typed
		// into the address bar and gets the 400 page.
		ActivityFilter filter = form.toFilter(scope, zone, today, errors)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid activity filter"));
		return CsvDownload.of("activity", today, this.export.csv(scope, filter, locale));
	}

	/**
	 * The URL says whose page it is, and the URL rules have let in only that audience's
	 * role; the organisation comes from the user alone.
	 */
	private static ActivityScope scope(String area, PortalUser user) {
		return switch (ActivityScope.Audience.inArea(area)) {
			case PARTNER -> ActivityScope.partner(user.partnerId());
			case CUSTOMER -> ActivityScope.customer(user.customerId());
			case PLATFORM -> {
				if (!user.role().isPlatformAdmin()) {
					throw new IllegalStateException("User " + user.userId() + " is not a platform admin");
				}
				yield ActivityScope.platform();
			}
		};
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

}
