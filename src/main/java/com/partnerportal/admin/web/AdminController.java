package com.partnerportal.admin.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.partnerportal.admin.NameFilter;
import com.partnerportal.admin.PlatformOverview;
import com.partnerportal.admin.ServiceRelationships;
import com.partnerportal.web.PageLinks;

/**
 * The platform admin's home page and the partner relationships per service. The URL rules
 * admit platform admins only.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

	private final PlatformOverview overview;

	AdminController(PlatformOverview overview) {
		this.overview = overview;
	}

	@GetMapping
	String home(Model model) {
		model.addAttribute("statistics", this.overview.statistics());
		return "admin/home";
	}

	@GetMapping("/relationships")
	String relationships(@RequestParam(required = false) @Nullable Long service,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customer, @RequestParam(defaultValue = "0") int page,
			Model model) {
		NameFilter partnerFilter = NameFilter.of(partner);
		NameFilter customerFilter = NameFilter.of(customer);
		ServiceRelationships view = this.overview.relationshipsPerService(service, partnerFilter, customerFilter, page);
		model.addAttribute("view", view);
		model.addAttribute("partnerFilter", partnerFilter.text());
		model.addAttribute("customerFilter", customerFilter.text());
		model.addAttribute("filtered", !partnerFilter.isEmpty() || !customerFilter.isEmpty());
		model.addAttribute("links", PageLinks.counted(view.relationships(), view.countLimited()));
		return "admin/relationships";
	}

}
