package com.partnerportal.customerlist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customerlist.CustomerDetails.ServiceAccess;
import com.partnerportal.customerlist.CustomerDetails.SubscriptionLine;
import com.partnerportal.customerlist.CustomerDetails.User;
import com.partnerportal.relationship.RelationshipState;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.LikePatterns;
import com.partnerportal.subscription.SubscriptionStatus;

/**
 * The read side of the Customers page. A partner may have a hundred thousand customers,
 * so every request reads one page of rows with a fixed number of queries, whatever the
 * page's size: the page, its total, and one grouped query for the delegated admin of all
 * the page's customers; the details of one customer take five more. Every query is
 * restricted to the partner's active relationships, which is what keeps one partner out
 * of another's customers.
 */
@Service
@Transactional(readOnly = true)
class CustomerListQueries {

	/** The most users or subscriptions an expanded row lists. */
	static final int DETAIL_LIMIT = 100;

	private static final String CUSTOMERS = " from ResellerRelationship r join r.customer c"
			+ " where r.partner.id = :partnerId and r.state = :active";

	private static final String SEARCH = " and (lower(c.companyName) like :pattern escape '!'"
			+ " or c.domain like :pattern escape '!')";

	private final EntityManager entityManager;

	private final Catalogue catalogue;

	private final String agreementVersion;

	CustomerListQueries(EntityManager entityManager, Catalogue catalogue,
			@Value("${portal.customer-agreement.version}") String agreementVersion) {
		this.entityManager = entityManager;
		this.catalogue = catalogue;
		this.agreementVersion = agreementVersion;
	}

	/**
	 * A page of the partner's customers. A page number past the end gives the last page,
	 * so that a stale or edited link still shows customers.
	 * @param partnerId the signed-in partner
	 * @param search text that the company name or the domain contains, ignoring case;
	 * {@code null} for every customer
	 * @param pageable the page wanted, sorted by {@link CustomerSort} keys only
	 * @return the page, with the delegated admin summary of each customer
	 * @throws IllegalArgumentException if the sort names anything but a
	 * {@link CustomerSort} key
	 */
	Page<CustomerRow> customers(Long partnerId, @Nullable String search, Pageable pageable) {
		String pattern = (search != null) ? LikePatterns.containing(search) : null;
		String where = CUSTOMERS + ((pattern != null) ? SEARCH : "");
		TypedQuery<Long> count = bind(this.entityManager.createQuery("select count(r)" + where, Long.class), partnerId,
				pattern);
		long total = count.getSingleResult();
		if (total == 0) {
			return Page.empty(pageable);
		}
		Pageable shown = withinRange(pageable, total);
		List<Listed> listed = bind(this.entityManager.createQuery(
				"select c.id, c.companyName, c.domain, c.country, r.since" + where + orderBy(shown.getSort()),
				Listed.class), partnerId, pattern)
			.setFirstResult(Math.toIntExact(shown.getOffset()))
			.setMaxResults(shown.getPageSize())
			.getResultList();
		Map<Long, Long> held = delegatedAdminServices(partnerId, listed.stream().map(Listed::id).toList());
		long applicable = this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder().size();
		List<CustomerRow> rows = listed.stream()
			.map((row) -> new CustomerRow(row.id(), row.companyName(), row.domain(), row.country(), row.since(),
					held.getOrDefault(row.id(), 0L), applicable))
			.toList();
		return new PageImpl<>(rows, shown, total);
	}

	/**
	 * Everything an expanded row shows about one customer.
	 * @param partnerId the signed-in partner
	 * @param customerId a customer
	 * @return the details, or empty if the customer is not an active customer of that
	 * partner
	 */
	Optional<CustomerDetails> details(Long partnerId, Long customerId) {
		Optional<Account> account = this.entityManager
			.createQuery("select c.id, c.companyName, c.domain, c.country, c.cloud, r.since, c.agreementVersion,"
					+ " c.agreementAcceptedAt" + CUSTOMERS + " and c.id = :customerId", Account.class)
			.setParameter("partnerId", partnerId)
			.setParameter("active", RelationshipState.ACTIVE)
			.setParameter("customerId", customerId)
			.getResultStream()
			.findFirst();
		return account.map((found) -> details(partnerId, found));
	}

	private CustomerDetails details(Long partnerId, Account account) {
		Map<Long, Grant> grants = this.entityManager
			.createQuery(
					"select g.serviceId, g.active, g.since from DelegatedAdminGrant g"
							+ " where g.relationship.partner.id = :partnerId and g.customerId = :customerId",
					Grant.class)
			.setParameter("partnerId", partnerId)
			.setParameter("customerId", account.id())
			.getResultStream()
			.collect(Collectors.toMap(Grant::serviceId, (grant) -> grant));
		List<ServiceAccess> services = this.catalogue.findAllByOrderBySortOrder()
			.stream()
			.map((service) -> access(service, grants.get(service.getId())))
			.toList();
		List<User> users = this.entityManager
			.createQuery("select u.displayName, u.email, u.globalAdmin from CustomerUser u"
					+ " where u.customer.id = :customerId order by lower(u.displayName), u.id", User.class)
			.setParameter("customerId", account.id())
			.setMaxResults(DETAIL_LIMIT + 1)
			.getResultList();
		List<SubscriptionLine> subscriptions = this.entityManager
			.createQuery("select s.offerName, cs.name, s.seats, s.status, s.partnerOfRecordId, p.name"
					+ " from Subscription s join CloudService cs on cs.id = s.serviceId"
					+ " left join Partner p on p.id = s.partnerOfRecordId where s.customerId = :customerId"
					+ " order by cs.sortOrder, lower(s.offerName), s.id", Sold.class)
			.setParameter("customerId", account.id())
			.setMaxResults(DETAIL_LIMIT + 1)
			.getResultStream()
			.map((sold) -> new SubscriptionLine(sold.offerName(), sold.serviceName(), sold.seats(), sold.status(),
					PartnerOfRecord.of(sold.partnerOfRecordId(), partnerId), sold.partnerName()))
			.toList();
		return new CustomerDetails(account.id(), account.companyName(), account.domain(), account.country(),
				account.cloud(), account.since(), this.agreementVersion.equals(account.agreementVersion()),
				account.agreementVersion(), account.agreementAcceptedAt(), services, firstOf(users),
				users.size() > DETAIL_LIMIT, firstOf(subscriptions), subscriptions.size() > DETAIL_LIMIT);
	}

	/**
	 * One grouped query for a whole page, instead of one per row.
	 */
	private Map<Long, Long> delegatedAdminServices(Long partnerId, List<Long> customerIds) {
		return this.entityManager
			.createQuery("select g.customerId, count(g) from DelegatedAdminGrant g join g.relationship r"
					+ " where r.partner.id = :partnerId and r.state = :active and g.active = true"
					+ " and g.customerId in :customerIds group by g.customerId", HeldCount.class)
			.setParameter("partnerId", partnerId)
			.setParameter("active", RelationshipState.ACTIVE)
			.setParameter("customerIds", customerIds)
			.getResultStream()
			.collect(Collectors.toMap(HeldCount::customerId, HeldCount::services));
	}

	private static ServiceAccess access(CloudService service, @Nullable Grant grant) {
		if (!service.isDelegatedAdminApplies()) {
			return new ServiceAccess(service.getName(), DelegatedAdminState.NOT_APPLICABLE, null);
		}
		if (grant == null) {
			return new ServiceAccess(service.getName(), DelegatedAdminState.NOT_HELD, null);
		}
		return new ServiceAccess(service.getName(),
				grant.active() ? DelegatedAdminState.HELD : DelegatedAdminState.REMOVED, grant.since());
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long partnerId, @Nullable String pattern) {
		query.setParameter("partnerId", partnerId).setParameter("active", RelationshipState.ACTIVE);
		return (pattern != null) ? query.setParameter("pattern", pattern) : query;
	}

	/**
	 * Ties are broken by company name and then id, so that rows never move between pages.
	 */
	private static String orderBy(Sort sort) {
		StringJoiner clauses = new StringJoiner(", ", " order by ", "");
		boolean byCompany = false;
		for (Sort.Order order : sort) {
			CustomerSort column = CustomerSort.fromKey(order.getProperty())
				.orElseThrow(() -> new IllegalArgumentException("Cannot sort customers by " + order.getProperty()));
			clauses.add(column.expression() + (order.isDescending() ? " desc" : " asc"));
			byCompany |= (column == CustomerSort.COMPANY);
		}
		if (!byCompany) {
			clauses.add(CustomerSort.COMPANY.expression() + " asc");
		}
		clauses.add("c.id asc");
		return clauses.toString();
	}

	private static Pageable withinRange(Pageable pageable, long total) {
		long lastPage = (total - 1) / pageable.getPageSize();
		if (pageable.getPageNumber() <= lastPage) {
			return pageable;
		}
		return PageRequest.of(Math.toIntExact(lastPage), pageable.getPageSize(), pageable.getSort());
	}

	private static <T> List<T> firstOf(List<T> list) {
		return (list.size() > DETAIL_LIMIT) ? list.subList(0, DETAIL_LIMIT) : list;
	}

	record Listed(Long id, String companyName, String domain, String country, Instant since) {
	}

	record HeldCount(Long customerId, Long services) {
	}

	record Account(Long id, String companyName, String domain, String country, Cloud cloud, Instant since,
			@Nullable String agreementVersion, @Nullable Instant agreementAcceptedAt) {
	}

	record Grant(Long serviceId, boolean active, Instant since) {
	}

	record Sold(String offerName, String serviceName, int seats, SubscriptionStatus status,
			@Nullable Long partnerOfRecordId, @Nullable String partnerName) {
	}

}
