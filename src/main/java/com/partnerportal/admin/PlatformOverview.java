package com.partnerportal.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.admin.internal.AdminQueries;
import com.partnerportal.admin.internal.RelationshipQueries;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageNumbers;

/**
 * What platform admins read: the portal's figures, the active relationships per service
 * across all customers, and the partner organisations. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class PlatformOverview {

	/** Rows per page on the admin lists. */
	static final int PAGE_SIZE = 20;

	private final AdminQueries queries;

	private final Catalogue catalogue;

	private final PartnerRepository partners;

	private final RelationshipQueries relationships;

	PlatformOverview(AdminQueries queries, Catalogue catalogue, PartnerRepository partners,
			RelationshipQueries relationships) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.partners = partners;
		this.relationships = relationships;
	}

	public PortalStatistics statistics() {
		return new PortalStatistics(this.queries.countPartners(), this.queries.countCustomers(),
				this.queries.countActiveRelationships(), this.queries.countActiveDelegatedAdminGrants());
	}

	/**
	 * Four queries whatever the data: the catalogue, the count, one page and the
	 * delegated-admin counts of all services. Without a filter the counts are the ones
	 * the database keeps ({@link RelationshipCounts}); with one, they are counted and
	 * stop at {@link RelationshipQueries#LIMIT} and one, and no page starts deeper than
	 * that, so a request reads a bounded number of index entries however many
	 * relationships there are. The count comes first so that a page number past the end
	 * shows the last page rather than nothing.
	 * @param serviceId the service chosen, or {@code null} for the first service that
	 * delegated admin applies to
	 * @param partner filter on the partner's name
	 * @param customer filter on the customer's name
	 * @param page a zero-based page number
	 * @return the page's content
	 * @throws NotFoundException if there is no such service, or no service at all
	 */
	public ServiceRelationships relationshipsPerService(@Nullable Long serviceId, NameFilter partner,
			NameFilter customer, int page) {
		List<CloudService> services = this.catalogue.findAllByOrderBySortOrder();
		CloudService service = chooseService(services, serviceId);
		boolean unfiltered = partner.isEmpty() && customer.isEmpty();
		long counted = unfiltered ? this.relationships.activeRelationships()
				: this.relationships.relationships(partner, customer);
		long total = Math.min(counted, RelationshipQueries.LIMIT);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		PageRequest request = PageRequest.of(Math.min(Math.max(0, page), lastPage), PAGE_SIZE);
		List<RelationshipRow> rows = this.relationships.page(service.getId(), partner, customer, request);
		Map<Long, Long> holders = unfiltered ? this.relationships.delegatedAdmin() : this.relationships.delegatedAdmin(
				services.stream().filter(CloudService::isDelegatedAdminApplies).toList(), partner, customer);
		return new ServiceRelationships(services, service, new PageImpl<>(rows, request, total),
				counted > RelationshipQueries.LIMIT, holders);
	}

	private static CloudService chooseService(List<CloudService> services, @Nullable Long serviceId) {
		if (serviceId != null) {
			return services.stream()
				.filter((service) -> service.getId().equals(serviceId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Service " + serviceId));
		}
		return services.stream()
			.filter(CloudService::isDelegatedAdminApplies)
			.findFirst()
			.or(() -> services.stream().findFirst())
			.orElseThrow(() -> new NotFoundException("The catalogue is empty"));
	}

	/**
	 * @param name filter on the partner's name
	 * @param page a zero-based page number
	 * @return one page of partners by name, with their number of users
	 */
	public Page<PartnerRow> partners(NameFilter name, int page) {
		PageRequest request = PageRequest.of(PageNumbers.within(page, PAGE_SIZE), PAGE_SIZE,
				Sort.by("name").and(Sort.by("id")));
		Page<Partner> found = this.partners.findByNameContainingIgnoreCase(name.text(), request);
		Map<Long, Long> users = found.isEmpty() ? Map.of()
				: this.queries.countUsersByPartner(found.map(Partner::getId).toList())
					.stream()
					.collect(Collectors.toMap(PartnerUserCount::partnerId, PartnerUserCount::count));
		return found.map((partner) -> PartnerRow.of(partner, users.getOrDefault(partner.getId(), 0L)));
	}

}
