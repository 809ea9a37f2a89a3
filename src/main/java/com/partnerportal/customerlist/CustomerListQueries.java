package com.partnerportal.customerlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customerlist.CustomerDetails.ServiceAccess;
import com.partnerportal.customerlist.CustomerDetails.SubscriptionLine;
import com.partnerportal.customerlist.CustomerDetails.User;
import com.partnerportal.customer.NameWords;
import com.partnerportal.relationship.RelationshipState;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.LikePatterns;
import com.partnerportal.subscription.SubscriptionStatus;

/**
 * The read side of the Customers page. A partner may have a hundred thousand customers,
 * so a request costs the same whatever the page and the number of customers:
 * <ul>
 * <li>a count that stops at {@value #COUNT_LIMIT} and one (the page then says "more
 * than"), on the relationships' index alone when there is no search;</li>
 * <li>the page and the two after it (for their links), starting after a cursor: the
 * customer the page follows, so that a deep page walks an index from that customer on
 * instead of skipping every row before it (keyset paging). A page asked for by number
 * alone is found by offset, bounded by {@value #COUNT_LIMIT} rows;</li>
 * <li>on any page but the first, the two pages before it, for their links;</li>
 * <li>one grouped query for the delegated admin of all the page's customers, and the
 * catalogue.</li>
 * </ul>
 * The details of one customer take five more. Every query is restricted to the partner's
 * active relationships, which is what keeps one partner out of another's customers.
 */
@Service
@Transactional(readOnly = true)
class CustomerListQueries {

	/** The most users or subscriptions an expanded row lists. */
	static final int DETAIL_LIMIT = 100;

	/**
	 * The count stops here: past it, the page says "more than" this many, and a page
	 * asked for by number without a cursor is at most this deep.
	 */
	static final int COUNT_LIMIT = 10_000;

	/** The pages either side of the one shown whose links the page offers. */
	static final int NEARBY = 2;

	/**
	 * Up to this many matching customers, the list reads them all from the side that
	 * finds them (the partner's relationships, or the customers the search names) and
	 * sorts them; beyond it, it walks the index of its order and stops after the page.
	 * The database cannot choose between the two on H2, whose planner has no statistics
	 * of how many customers a partner has; the count, read first anyway, tells.
	 */
	static final int SORTED_MATCHES_LIMIT = 2_000;

	private static final int PAGE_SIZE = CustomerListController.PAGE_SIZE;

	private static final String CUSTOMERS = " from ResellerRelationship r join r.customer c"
			+ " where r.partner.id = :partnerId and r.state = :active";

	private static final String RELATIONSHIP = " from ResellerRelationship r where r.customer = c"
			+ " and r.partner.id = :partnerId and r.state = :active";

	/**
	 * A list led by the customers, in the order of a customer index, each checked to be
	 * the partner's: for a search, whose index range finds the customers, and for a
	 * partner with many customers, whose first page is then the first few entries of the
	 * index. Joined the other way, H2 starts from the partner's hundred thousand
	 * relationships and sorts them (a second, and a hundred thousand rows in the heap of
	 * each request). PostgreSQL plans both the same. Not for the order by "since", which
	 * is the relationship's and read off its index.
	 */
	private static final String CUSTOMER_LED = " from Customer c where exists (select 1" + RELATIONSHIP + ")";

	private static final String SINCE = "(select r.since" + RELATIONSHIP + ")";

	/**
	 * The start of the domain when the search has a dot, through V8's prefix index; the
	 * start of the name when the search has no word at all (only punctuation).
	 */
	private static final String SEARCH_NAME = " and c.nameKey like :pattern escape '!'";

	private static final String SEARCH_DOMAIN = " and c.domain like :pattern escape '!'";

	/**
	 * The start of any word of the name, through the index on V16's words: the first word
	 * of the search finds the customers in one index range, as the prefix of the name
	 * does, and each further word is checked on the customer's own words (primary key). A
	 * customer two of whose words start with the search is listed once.
	 */
	private static final String FIRST_WORD = " and c.id in (select w0.customerId from CustomerNameWord w0"
			+ " where w0.word like :word0 escape '!')";

	private static final String FURTHER_WORD = " and exists (select 1 from CustomerNameWord w%1$d"
			+ " where w%1$d.customerId = c.id and w%1$d.word like :word%1$d escape '!')";

	/** The words of a search past this many are ignored: no company name needs more. */
	static final int MAX_SEARCH_WORDS = 5;

	/**
	 * The services whose delegated admin the partner holds for the customer {@code c},
	 * for the filter by coverage: one lookup per customer, by the grants' customer.
	 */
	private static final String HELD = "(select count(g) from DelegatedAdminGrant g join g.relationship gr"
			+ " where g.customerId = c.id and gr.partner.id = :partnerId and gr.state = :active and g.active = true)";

	private static final String COUNT_ALL = "select count(*) from (select 1 from reseller_relationship r"
			+ " where r.partner_id = :partnerId and r.state = 'ACTIVE' limit " + (COUNT_LIMIT + 1) + ") matching";

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
	 * A page of the partner's customers. A page past the end gives the last one, so that
	 * a stale or edited link still shows customers.
	 * @param partnerId the signed-in partner
	 * @param search the start of the company name, ignoring case, or of the domain if it
	 * has a dot; {@code null} for every customer
	 * @param order the order
	 * @param page the zero-based page number asked for
	 * @param after the customer the page starts after, as the list's own links give it;
	 * {@code null} to find the page by its number, as it is also found when the cursor
	 * names no active customer of the partner
	 * @return the page, with the delegated admin summary of each customer
	 */
	CustomerPage customers(Long partnerId, @Nullable String search, CustomerOrder order, int page,
			@Nullable Long after) {
		return customers(partnerId, CustomerSelection.of(search, order), page, after);
	}

	/**
	 * A page of the partner's customers. A page past the end gives the last one, so that
	 * a stale or edited link still shows customers.
	 * @param partnerId the signed-in partner
	 * @param selection the search, filter and order
	 * @param page the zero-based page number asked for
	 * @param after the customer the page starts after, as the list's own links give it;
	 * {@code null} to find the page by its number, as it is also found when the cursor
	 * names no active customer of the partner
	 * @return the page, with the delegated admin summary of each customer
	 */
	CustomerPage customers(Long partnerId, CustomerSelection selection, int page, @Nullable Long after) {
		long applicable = applicableServices();
		Conditions conditions = Conditions.of(selection, applicable);
		long matching = count(partnerId, conditions);
		if (matching == 0) {
			return CustomerPage.empty();
		}
		ListQuery query = new ListQuery(partnerId, conditions, selection, matching > SORTED_MATCHES_LIMIT);
		int number = Math.max(page, 0);
		List<Listed> ahead = (after != null) ? query.after(after).getResultList() : List.of();
		// Rows after a cursor mean it is the partner's customer (see CustomerSort); none
		// mean it is the last one, or no customer of the partner at all (another
		// partner's, unknown, forged), which is then ignored as a cursor that is not a
		// number is: the page is found by its number.
		@Nullable Long cursor = (!ahead.isEmpty() || (after != null && isActiveCustomer(partnerId, after))) ? after : null;
		if (cursor == null) {
			int reachable = (int) (((matching > COUNT_LIMIT) ? COUNT_LIMIT : matching - 1) / PAGE_SIZE);
			number = Math.min(number, reachable);
			ahead = query.from((long) number * PAGE_SIZE).getResultList();
		}
		if (ahead.isEmpty()) {
			// The cursor was the last customer (of those the search finds): show the
			// end.
			ahead = query.last();
		}
		List<Long> before = (number > 0 || cursor != null) ? query.before(ahead.get(0).id()) : List.of();
		number = numberAfter(before, number);
		List<Listed> shown = ahead.subList(0, Math.min(PAGE_SIZE, ahead.size()));
		return new CustomerPage(rows(partnerId, shown, applicable), number, matching, cursors(number, before, ahead));
	}

	/**
	 * The rows of the selection after a customer, for the CSV export, which reads the
	 * whole selection a batch at a time, each batch a statement of its own that starts
	 * where the last ended (keyset), so that no statement holds a hundred thousand rows.
	 * @param partnerId the signed-in partner
	 * @param selection the search, filter and order
	 * @param after the last customer of the batch before; {@code null} for the first
	 * @param size the most rows
	 * @return the next rows, none at the end
	 */
	List<CustomerRow> batch(Long partnerId, CustomerSelection selection, @Nullable Long after, int size) {
		long applicable = applicableServices();
		ListQuery query = new ListQuery(partnerId, Conditions.of(selection, applicable), selection, true);
		List<Listed> listed = ((after != null) ? query.after(after) : query.from(0)).setMaxResults(size)
			.getResultList();
		return listed.isEmpty() ? List.of() : rows(partnerId, listed, applicable);
	}

	private long applicableServices() {
		return this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder().size();
	}

	private List<CustomerRow> rows(Long partnerId, List<Listed> listed, long applicable) {
		Map<Long, Long> held = delegatedAdminServices(partnerId, listed.stream().map(Listed::id).toList());
		return listed.stream()
			.map((row) -> new CustomerRow(row.id(), row.companyName(), row.domain(), row.country(), row.since(),
					held.getOrDefault(row.id(), 0L), applicable))
			.toList();
	}

	/**
	 * Only asked when a cursor found no rows, so a page costs no more.
	 */
	private boolean isActiveCustomer(Long partnerId, Long customerId) {
		return !this.entityManager.createQuery("select r.id" + CUSTOMERS + " and c.id = :customerId", Long.class)
			.setParameter("partnerId", partnerId)
			.setParameter("active", RelationshipState.ACTIVE)
			.setParameter("customerId", customerId)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

	/**
	 * Without a search or a filter, on the relationships' index alone; with one, the
	 * matching customers' ids counted as they arrive, led by the customers (see
	 * {@link #CUSTOMER_LED}), at the top level of the statement, where H2 turns a
	 * {@code like} into an index range.
	 */
	private long count(Long partnerId, Conditions conditions) {
		if (conditions.jpql().isEmpty()) {
			return ((Number) this.entityManager.createNativeQuery(COUNT_ALL, Long.class)
				.setParameter("partnerId", partnerId)
				.getSingleResult()).longValue();
		}
		TypedQuery<Long> query = this.entityManager
			.createQuery("select c.id" + CUSTOMER_LED + conditions.jpql(), Long.class)
			.setParameter("partnerId", partnerId)
			.setParameter("active", RelationshipState.ACTIVE);
		conditions.parameters().forEach(query::setParameter);
		return query.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
	}

	/**
	 * The rows before a page say which page it is when there are few of them; past
	 * {@value #NEARBY} pages the number the link gave is kept.
	 */
	private static int numberAfter(List<Long> before, int asked) {
		if (before.size() > NEARBY * PAGE_SIZE) {
			return Math.max(asked, NEARBY + 1);
		}
		return (before.size() + PAGE_SIZE - 1) / PAGE_SIZE;
	}

	/**
	 * Where the page shown and the pages around it start, from the rows fetched before
	 * and after the page's first row.
	 */
	private static Map<Integer, Optional<Long>> cursors(int number, List<Long> before, List<Listed> ahead) {
		Map<Integer, Optional<Long>> cursors = new TreeMap<>();
		for (int distance = 0; distance <= NEARBY && number - distance >= 0; distance++) {
			int rowsBefore = distance * PAGE_SIZE;
			if (distance > 0 && before.size() <= rowsBefore - PAGE_SIZE) {
				break;
			}
			cursors.put(number - distance,
					(before.size() > rowsBefore) ? Optional.of(before.get(rowsBefore)) : Optional.empty());
		}
		for (int distance = 1; distance <= NEARBY && ahead.size() > distance * PAGE_SIZE; distance++) {
			cursors.put(number + distance, Optional.of(ahead.get(distance * PAGE_SIZE - 1).id()));
		}
		return cursors;
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

	/**
	 * The list's queries for one partner, search and order.
	 */
	private final class ListQuery {

		private final Long partnerId;

		private final Conditions conditions;

		private final CustomerOrder order;

		private final CountryRanks countries;

		private final boolean manyMatches;

		ListQuery(Long partnerId, Conditions conditions, CustomerSelection selection, boolean manyMatches) {
			this.partnerId = partnerId;
			this.conditions = conditions;
			this.order = selection.order();
			this.countries = CountryRanks.of(selection.locale());
			this.manyMatches = manyMatches;
		}

		/**
		 * @return the rows of the page starting at that offset and of the pages after it
		 */
		TypedQuery<Listed> from(long offset) {
			return rows("", this.order.descending(), null).setFirstResult(Math.toIntExact(offset));
		}

		/**
		 * @return the rows of the page starting after that customer and of the pages
		 * after it
		 */
		TypedQuery<Listed> after(Long cursor) {
			return rows(keyset(this.order.descending()), this.order.descending(), cursor);
		}

		/**
		 * @return the last page's rows
		 */
		List<Listed> last() {
			List<Listed> last = new ArrayList<>(
					rows("", !this.order.descending(), null).setMaxResults(PAGE_SIZE).getResultList());
			Collections.reverse(last);
			return last;
		}

		/**
		 * @return the ids of the rows of the pages before the one starting at that
		 * customer, nearest first, and one more, which the earliest of those pages starts
		 * after
		 */
		List<Long> before(Long first) {
			boolean reversed = !this.order.descending();
			return bind(entityManager.createQuery(
					"select c.id" + from() + search() + " and " + keyset(reversed) + orderBy(reversed), Long.class),
					first)
				.setMaxResults(NEARBY * PAGE_SIZE + 1)
				.getResultList();
		}

		private TypedQuery<Listed> rows(String keyset, boolean descending, @Nullable Long cursor) {
			String where = from() + search() + (keyset.isEmpty() ? "" : " and " + keyset);
			String since = customerLed() ? SINCE : "r.since";
			return bind(entityManager.createQuery(
					"select c.id, c.companyName, c.domain, c.country, " + since + where + orderBy(descending),
					Listed.class), cursor)
				.setMaxResults((NEARBY + 1) * PAGE_SIZE + 1);
		}

		/**
		 * @return whether the customers lead the query (see {@link #CUSTOMER_LED})
		 */
		private boolean customerLed() {
			return this.order.by() != CustomerSort.SINCE && (!this.conditions.jpql().isEmpty() || this.manyMatches);
		}

		private String from() {
			return customerLed() ? CUSTOMER_LED : CUSTOMERS;
		}

		private String search() {
			return this.conditions.jpql();
		}

		/**
		 * The rows after {@code :cursor} in the order, as the lexicographic comparison
		 * {@code (k1, k2, id) > (cursor's k1, k2, id)} written out, led by
		 * {@code k1 >= cursor's k1} so that the database starts the index scan there.
		 */
		private String keyset(boolean descending) {
			List<CustomerSort.Key> keys = this.order.by().keys();
			String after = descending ? " < " : " > ";
			String comparison = "";
			for (int i = keys.size() - 1; i >= 0; i--) {
				CustomerSort.Key key = keys.get(i);
				String expression = key.expression(this.countries);
				String ofCursor = key.ofCursor(this.countries);
				String beyond = expression + after + ofCursor;
				comparison = comparison.isEmpty() ? beyond
						: "(" + beyond + " or (" + expression + " = " + ofCursor + " and " + comparison + "))";
			}
			CustomerSort.Key first = keys.get(0);
			return first.expression(this.countries) + " " + after.strip() + "= " + first.ofCursor(this.countries)
					+ " and " + comparison;
		}

		/**
		 * The order's keys; led by the relationships, first the partner and the state,
		 * which the query holds constant: H2 reads an index in its order only when the
		 * order by names its columns from the first, and the relationships' indexes start
		 * with those two.
		 */
		private String orderBy(boolean descending) {
			String direction = descending ? " desc" : " asc";
			Stream<String> constant = customerLed() ? Stream.empty() : Stream.of("r.partner.id", "r.state");
			return Stream.concat(constant, this.order.by().keys().stream().map((key) -> key.expression(this.countries)))
				.map((expression) -> expression + direction)
				.collect(Collectors.joining(", ", " order by ", ""));
		}

		private <T> TypedQuery<T> bind(TypedQuery<T> query, @Nullable Long cursor) {
			query.setParameter("partnerId", this.partnerId).setParameter("active", RelationshipState.ACTIVE);
			this.conditions.parameters().forEach(query::setParameter);
			return (cursor != null) ? query.setParameter("cursor", cursor) : query;
		}

	}

	/**
	 * The search and the filter as JPQL over the customer {@code c}, with their
	 * parameters; empty for every customer.
	 */
	private record Conditions(String jpql, Map<String, Object> parameters) {

		static Conditions of(CustomerSelection selection, long applicable) {
			StringBuilder jpql = new StringBuilder();
			Map<String, Object> parameters = new TreeMap<>();
			String search = selection.search();
			if (search != null) {
				List<String> words = NameWords.of(search).stream().limit(MAX_SEARCH_WORDS).toList();
				if (search.contains(".") || words.isEmpty()) {
					jpql.append(search.contains(".") ? SEARCH_DOMAIN : SEARCH_NAME);
					parameters.put("pattern", LikePatterns.startingWith(search));
				}
				else {
					for (int i = 0; i < words.size(); i++) {
						jpql.append((i == 0) ? FIRST_WORD : FURTHER_WORD.formatted(i));
						parameters.put("word" + i, LikePatterns.startingWith(words.get(i)));
					}
				}
			}
			DelegatedAdminCoverage coverage = selection.coverage();
			if (coverage != null) {
				String condition = coverage.condition(HELD);
				jpql.append(" and ").append(condition);
				if (condition.contains(":applicable")) {
					parameters.put("applicable", applicable);
				}
			}
			return new Conditions(jpql.toString(), parameters);
		}

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
