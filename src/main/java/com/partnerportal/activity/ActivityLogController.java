package com.partnerportal.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.partnerportal.security.PortalUser;
import com.partnerportal.web.PageLinks;
import com.partnerportal.web.UserTimeZones;

/**
 * The activity log's page and CSV export, one design for three readers: partners see
 * their partner's entries, customers their customer's, platform admins all. Each URL
 * builds its {@link ActivityScope} from the signed-in user; the URL rules admit only the
 * matching role.
 */
@Controller
class ActivityLogController {

	static final String FILTER = "activityFilter";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

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

	@GetMapping("/partner/activity")
	String partner(@AuthenticationPrincipal PortalUser user, @ModelAttribute(FILTER) ActivityFilterForm form,
			BindingResult errors, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		return list(ActivityScope.partnerOf(user), user, form, errors, page, model, locale);
	}

	@GetMapping("/partner/activity/export")
	ResponseEntity<StreamingResponseBody> partnerExport(@AuthenticationPrincipal PortalUser user,
			@ModelAttribute(FILTER) ActivityFilterForm form, BindingResult errors, Locale locale) {
		return export(ActivityScope.partnerOf(user), user, form, errors, locale);
	}

	@GetMapping("/customer/activity")
	String customer(@AuthenticationPrincipal PortalUser user, @ModelAttribute(FILTER) ActivityFilterForm form,
			BindingResult errors, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		return list(ActivityScope.customerOf(user), user, form, errors, page, model, locale);
	}

	@GetMapping("/customer/activity/export")
	ResponseEntity<StreamingResponseBody> customerExport(@AuthenticationPrincipal PortalUser user,
			@ModelAttribute(FILTER) ActivityFilterForm form, BindingResult errors, Locale locale) {
		return export(ActivityScope.customerOf(user), user, form, errors, locale);
	}

	@GetMapping("/admin/activity")
	String platform(@AuthenticationPrincipal PortalUser user, @ModelAttribute(FILTER) ActivityFilterForm form,
			BindingResult errors, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		return list(ActivityScope.platform(user), user, form, errors, page, model, locale);
	}

	@GetMapping("/admin/activity/export")
	ResponseEntity<StreamingResponseBody> platformExport(@AuthenticationPrincipal PortalUser user,
			@ModelAttribute(FILTER) ActivityFilterForm form, BindingResult errors, Locale locale) {
		return export(ActivityScope.platform(user), user, form, errors, locale);
	}

	private String list(ActivityScope scope, PortalUser user, ActivityFilterForm form, BindingResult errors, int page,
			Model model, Locale locale) {
		ZoneId zone = this.timeZones.zoneOf(user.timeZone());
		Optional<ActivityFilter> filter = form.toFilter(scope, zone, today(zone), errors);
		model.addAttribute("audience", scope.audience());
		model.addAttribute("customerFilter", scope.filtersByCustomer());
		model.addAttribute("basePath", scope.audience().path());
		model.addAttribute("zone", zone);
		model.addAttribute("actions", ActivityAction.values());
		model.addAttribute("labels", new ActivityLabels(this.messages, locale));
		filter.ifPresent((valid) -> {
			Page<ActivityRow> entries = this.search.page(scope, valid, page);
			// The filter as applied, defaults included, fills the fields and the export
			// link.
			model.addAttribute(FILTER, valid.toForm());
			model.addAttribute("filtered", valid.hasCustomer() || valid.action() != null);
			model.addAttribute("entries", entries);
			model.addAttribute("links", PageLinks.of(entries));
		});
		return "activity/list";
	}

	private ResponseEntity<StreamingResponseBody> export(ActivityScope scope, PortalUser user, ActivityFilterForm form,
			BindingResult errors, Locale locale) {
		ZoneId zone = this.timeZones.zoneOf(user.timeZone());
		LocalDate today = today(zone);
		// The page only links to an export of a valid filter; anything else was typed
		// into the address bar and gets the 400 page.
		ActivityFilter filter = form.toFilter(scope, zone, today, errors)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid activity filter"));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ActivityExport.disposition(today).toString())
			.body(this.export.csv(scope, filter, locale));
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

}
