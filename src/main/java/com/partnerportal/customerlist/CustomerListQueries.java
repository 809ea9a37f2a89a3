package com.partnerportal.customerlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.NameWords;
import com.partnerportal.customerlist.CustomerDetails.ServiceAccess;
import com.partnerportal.customerlist.CustomerDetails.SubscriptionLine;
import com.partnerportal.customerlist.CustomerDetails.User;
import com.partnerportal.customerlist.internal.CountryRanks;
import com.partnerportal.customerlist.web.CustomerListController;
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
 * active relationships, or reads the partner's own entries of the index of its customers'
 * words, which hold them alone ({@link PartnerCustomerWords}): that is what keeps one
 * partner out of another's customers.
 */
@Service
@Transactional(readOnly = true)
public class CustomerListQueries {

	/** The most users or subscriptions an expanded row lists. */
	static final int DETAIL_LIMIT = 100;

	/**
	 * The count stops here: past it, the page says "more than" this many, and a page
	 * asked for by number without a cursor is at most this deep.
	 */
	public static final int COUNT_LIMIT = 10_000;

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
	 * the partner's (with the filter's condition on the relationship, {@code %s}): for a
	 * partner with many customers, whose first page is then the first few entries of the
	 * index. Joined the other way, H2 starts from the partner's hundred thousand
	 * relationships and sorts them (a second, and a hundred thousand rows in the heap of
	 * each request). PostgreSQL plans both the same. Not for the order by "since", which
	 * is the relationship's and read off its index.
	 */
	private static final String CUSTOMER_LED = " from Customer c where exists (select 1" + RELATIONSHIP + "%s)";

	private static final String SINCE = "(select r.since" + RELATIONSHIP + ")";

	/**
	 * The start of the domain when the search has a dot, through V8's prefix index; the
	 * start of the name when the search has no word at all (only punctuation).
	 */
	private static final String SEARCH_NAME = " and c.nameKey like :pattern escape '!'";

	private static final String SEARCH_DOMAIN = " and c.domain like :pattern escape '!'";

	/**
	 * The start of a word of the name, checked on the customer's own words (V16, its
	 * primary key): how a list that walks the index of its order filters by the search.
	 */
	private static final String WORD = " and exists (select 1 from CustomerNameWord w%1$d"
			+ " where w%1$d.customerId = %2$s and w%1$d.word like :word%1$d escape '!')";

	/**
	 * The customers the search's first word finds, in the order of their names: one range
	 * of the partner's own entries of V18's index on its customers' words, read from the
	 * index alone (it holds the name beside each word). The entries are those of the
	 * partner's active customers (see {@link PartnerCustomerWords}), so nothing is looked
	 * up per customer found unless the filter asks something of the relationship
	 * ({@code %s}, see {@link #FILTERED_RELATIONSHIP}); the search's other words are
	 * checked on each customer found ({@code %s}).
	 */
	private static final String BY_WORD_IN_NAME_ORDER = "select f.customerId from PartnerCustomerWord f"
			+ " where f.partnerId = :partnerId and f.word like :word0 escape '!'%s%s"
			+ " order by f.nameKey %3$s, f.customerId %3$s";

	/** The filter's condition on the relationship of a customer a word finds. */
	private static final String FILTERED_RELATIONSHIP = " and exists (select 1 from ResellerRelationship r"
			+ " where r.customerId = f.customerId and r.partner.id = :partnerId and r.state = :active%s)";

	/**
	 * The customers the search's first word finds among the partner's, through V18's
	 * index: how the count and a list read whole in another order than the names' find
	 * them, in one range of the partner's entries, each then looked up by its id. A
	 * customer two of whose words start with it is listed once. (Joined instead, H2
	 * starts from the customers and reads them all.)
	 */
	private static final String FOUND_BY_WORD = " and c.id in (select f.customerId from PartnerCustomerWord f"
			+ " where f.partnerId = :partnerId and f.word like :word0 escape '!')";

	/** The words of a search past this many are ignored: no company name needs more. */
	static final int MAX_SEARCH_WORDS = 5;

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
	public CustomerPage customers(Long partnerId, CustomerSelection selection, int page, @Nullable Long after) {
		long applicable = applicableServices();
		Conditions conditions = Conditions.of(selection, applicable);
		Listing listing;
		long matching;
		if (conditions.byWord()) {
			// The search's customers in order, counted as they are read: one pass over
			// them instead of one to count and another to sort.
			ListQuery found = query(partnerId, conditions, selection, false);
			List<Long> ids = (selection.order().by() == CustomerSort.COMPANY) ? found.idsInNameOrder() : found.ids();
			matching = ids.size();
			listing = (matching > COUNT_LIMIT) ? listing(partnerId, conditions, selection, true)
					: new FoundInOrder(ids, this::listed);
		}
		else {
			matching = count(partnerId, conditions);
			listing = listing(partnerId, conditions, selection, matching > SORTED_MATCHES_LIMIT);
		}
		if (matching == 0) {
			return CustomerPage.empty();
		}
		int rows = (NEARBY + 1) * PAGE_SIZE + 1;
		int number = Math.max(page, 0);
		List<Listed> ahead = (after != null) ? listing.after(after, rows) : List.of();
		// Rows after a cursor mean it is the partner's customer (see CustomerSort); none
		// mean it is the last one, or no customer of the partner at all (another
		// partner's, unknown, forged), which is then ignored as a cursor that is not a
		// number is: the page is found by its number.
		@Nullable Long cursor = (!ahead.isEmpty() || (after != null && isActiveCustomer(partnerId, after))) ? after : null;
		if (cursor == null) {
			int reachable = (int) (((matching > COUNT_LIMIT) ? COUNT_LIMIT : matching - 1) / PAGE_SIZE);
			number = Math.min(number, reachable);
			ahead = listing.from(number * PAGE_SIZE, rows);
		}
		if (ahead.isEmpty()) {
			// The cursor was the last customer (of those the search finds): show the
			// end.
			ahead = listing.last(PAGE_SIZE);
		}
		List<Long> before = (number > 0 || cursor != null) ? listing.before(ahead.get(0).id(), NEARBY * PAGE_SIZE + 1)
				: List.of();
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
		Listing listing = listing(partnerId, Conditions.of(selection, applicable), selection, true);
		List<Listed> listed = (after != null) ? listing.after(after, size) : listing.from(0, size);
		return listed.isEmpty() ? List.of() : rows(partnerId, listed, applicable);
	}

	/**
	 * The rows of those customers, in the order of the ids.
	 */
	private List<Listed> listed(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Listed> byId = this.entityManager
			.createQuery("select c.id, c.companyName, c.domain, c.country from Customer c where c.id in :ids",
					Listed.class)
			.setParameter("ids", ids)
			.getResultStream()
			.collect(Collectors.toMap(Listed::id, (listed) -> listed));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * @param walks whether the list walks an index in its order and stops after the page,
	 * rather than read every matching customer from the side that finds them and sort
	 * them: past {@value #SORTED_MATCHES_LIMIT} customers. A search by words reads its
	 * customers in order up to {@value #COUNT_LIMIT} instead, as it counts them: they
	 * crowd together in the order of the names (every "Cedar ..." after every "Alpine
	 * ..."), so that a walk would read all the names before them.
	 */
	private Listing listing(Long partnerId, Conditions conditions, CustomerSelection selection, boolean walks) {
		ListQuery query = query(partnerId, conditions, selection, walks);
		if (walks && selection.order().by() == CustomerSort.COUNTRY) {
			return new CountryWalk(query, selection.order().descending(), query.countries);
		}
		return query;
	}

	private ListQuery query(Long partnerId, Conditions conditions, CustomerSelection selection, boolean walks) {
		return new ListQuery(partnerId, conditions, selection.order(), CountryRanks.of(selection.locale()), walks);
	}

	private long applicableServices() {
		return this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder().size();
	}

	/**
	 * The rows with what their relationships say, read for the page's customers alone
	 * rather than for every customer a list reads whole before it sorts them.
	 */
	private List<CustomerRow> rows(Long partnerId, List<Listed> listed, long applicable) {
		Map<Long, Related> related = related(partnerId, listed.stream().map(Listed::id).toList());
		List<CustomerRow> rows = new ArrayList<>(listed.size());
		for (Listed row : listed) {
			Related relationship = related.get(row.id());
			// A relationship that ended between the two statements drops its row.
			if (relationship != null) {
				rows.add(new CustomerRow(row.id(), row.companyName(), row.domain(), row.country(), relationship.since(),
						relationship.delegatedAdminServices(), applicable));
			}
		}
		return rows;
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
	 * Without a search, on the relationships' indexes alone (V9, and V17's for the
	 * filter); with a search, the matching customers' ids counted as they arrive from the
	 * index of the search's first word or the start of the domain, at the top level of
	 * the statement, where H2 turns a {@code like} into an index range.
	 */
	private long count(Long partnerId, Conditions conditions) {
		if (conditions.isEmpty()) {
			return ((Number) this.entityManager.createNativeQuery(COUNT_ALL, Long.class)
				.setParameter("partnerId", partnerId)
				.getSingleResult()).longValue();
		}
		String jpql;
		if (conditions.customer().isEmpty()) {
			jpql = "select r.customer.id from ResellerRelationship r where r.partner.id = :partnerId"
					+ " and r.state = :active" + conditions.relationship();
		}
		else {
			jpql = "select c.id" + CUSTOMER_LED.formatted(conditions.relationship()) + conditions.found();
		}
		TypedQuery<Long> query = this.entityManager.createQuery(jpql, Long.class)
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
	public Optional<CustomerDetails> details(Long partnerId, Long customerId) {
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
	 * One query for a whole page, instead of one per row: since when each customer is the
	 * partner's, and on how many services the partner holds delegated admin, counted from
	 * the grants.
	 */
	private Map<Long, Related> related(Long partnerId, List<Long> customerIds) {
		return this.entityManager
			.createQuery(
					"select r.customerId, r.since, (select count(g) from DelegatedAdminGrant g"
							+ " where g.relationship = r and g.active = true) from ResellerRelationship r"
							+ " where r.partner.id = :partnerId and r.state = :active and r.customerId in :customerIds",
					Related.class)
			.setParameter("partnerId", partnerId)
			.setParameter("active", RelationshipState.ACTIVE)
			.setParameter("customerIds", customerIds)
			.getResultStream()
			.collect(Collectors.toMap(Related::customerId, (related) -> related));
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
	 * One selection's rows in its order: from a position in the list, after a customer,
	 * the last ones, and the ones before a customer (nearest first).
	 */
	private interface Listing {

		List<Listed> from(int offset, int limit);

		/**
		 * @return the rows after that customer, none if it is not an active customer of
		 * the partner
		 */
		List<Listed> after(Long cursor, int limit);

		List<Listed> last(int limit);

		/**
		 * @return the ids of the rows before that customer, nearest first
		 */
		List<Long> before(Long first, int limit);

	}

	/**
	 * The list's queries for one partner, selection and order, each one statement.
	 */
	private final class ListQuery implements Listing {

		private final Long partnerId;

		private final Conditions conditions;

		private final CustomerOrder order;

		private final CountryRanks countries;

		private final boolean walks;

		ListQuery(Long partnerId, Conditions conditions, CustomerOrder order, CountryRanks countries, boolean walks) {
			this.partnerId = partnerId;
			this.conditions = conditions;
			this.order = order;
			this.countries = countries;
			this.walks = walks;
		}

		@Override
		public List<Listed> from(int offset, int limit) {
			return rows("", this.order.descending(), null).setFirstResult(offset).setMaxResults(limit).getResultList();
		}

		@Override
		public List<Listed> after(Long cursor, int limit) {
			return rows(keyset(this.order.descending()), this.order.descending(), cursor).setMaxResults(limit)
				.getResultList();
		}

		@Override
		public List<Listed> last(int limit) {
			List<Listed> last = new ArrayList<>(
					rows("", !this.order.descending(), null).setMaxResults(limit).getResultList());
			Collections.reverse(last);
			return last;
		}

		/**
		 * @return the ids of every row in the order, up to one more than the count reads
		 */
		List<Long> ids() {
			return bind(
					entityManager.createQuery("select c.id" + from() + orderBy(this.order.descending()), Long.class),
					null)
				.setMaxResults(COUNT_LIMIT + 1)
				.getResultList();
		}

		/**
		 * {@link #ids()} for a search by words in the order of the names, read off the
		 * index of the words without reading the customers (see
		 * {@link #BY_WORD_IN_NAME_ORDER}). A customer two of whose words the search finds
		 * is listed once.
		 */
		List<Long> idsInNameOrder() {
			String further = IntStream.range(1, this.conditions.words())
				.mapToObj((i) -> WORD.formatted(i, "f.customerId"))
				.collect(Collectors.joining());
			String relationship = this.conditions.relationship();
			TypedQuery<Long> query = entityManager
				.createQuery(BY_WORD_IN_NAME_ORDER.formatted(
						relationship.isEmpty() ? "" : FILTERED_RELATIONSHIP.formatted(relationship), further,
						this.order.descending() ? "desc" : "asc"), Long.class)
				.setParameter("partnerId", this.partnerId);
			if (!relationship.isEmpty()) {
				query.setParameter("active", RelationshipState.ACTIVE);
			}
			this.conditions.parameters().forEach(query::setParameter);
			List<Long> ids = query.setMaxResults(COUNT_LIMIT + 1).getResultList();
			return (ids.size() > COUNT_LIMIT) ? ids : List.copyOf(new LinkedHashSet<>(ids));
		}

		@Override
		public List<Long> before(Long first, int limit) {
			boolean reversed = !this.order.descending();
			return bind(entityManager.createQuery(
					"select c.id" + from() + " and " + keyset(reversed) + orderBy(reversed), Long.class), first)
				.setMaxResults(limit)
				.getResultList();
		}

		/**
		 * The rows in one country in the order of the index
		 * {@code (country, name_key, id)}, for {@link CountryWalk}: the first page of a
		 * country is the first entries of its range of that index.
		 * @param after where to start in the country; {@code null} at its start
		 */
		List<Listed> inCountry(String country, @Nullable Position after, boolean descending, int limit) {
			String direction = descending ? " desc" : " asc";
			String beyond = descending ? " < " : " > ";
			String jpql = "select c.id, c.companyName, c.domain, c.country"
					+ CUSTOMER_LED.formatted(this.conditions.relationship()) + this.conditions.customer()
					+ " and c.country = :country"
					+ ((after != null) ? " and c.nameKey" + beyond.strip() + "= :nameKey and (c.nameKey" + beyond
							+ ":nameKey or (c.nameKey = :nameKey and c.id" + beyond + ":id))" : "")
					+ " order by c.country" + direction + ", c.nameKey" + direction + ", c.id" + direction;
			TypedQuery<Listed> query = bind(entityManager.createQuery(jpql, Listed.class), null).setParameter("country",
					country);
			if (after != null) {
				query.setParameter("nameKey", after.nameKey()).setParameter("id", after.id());
			}
			return query.setMaxResults(limit).getResultList();
		}

		/**
		 * @return where that customer stands in the order by country, if it is an active
		 * customer of the partner
		 */
		Optional<Position> position(Long customerId) {
			return entityManager
				.createQuery("select c.country, c.nameKey, c.id from Customer c where c.id = :cursor"
						+ " and exists (select 1" + RELATIONSHIP + ")", Position.class)
				.setParameter("cursor", customerId)
				.setParameter("partnerId", this.partnerId)
				.setParameter("active", RelationshipState.ACTIVE)
				.getResultStream()
				.findFirst();
		}

		/**
		 * The countries the customers are in, in the order of their codes: one entry of
		 * the index on the country for each, found from the code after the last one (a
		 * loose index scan), not the customers themselves. Starting from the next code
		 * rather than after the last one matters: H2 would read every customer of the
		 * last country to get past it.
		 */
		List<String> countriesPresent() {
			List<String> present = new ArrayList<>();
			@Nullable String from = "AA";
			while (from != null) {
				@Nullable String found = entityManager
					.createQuery("select c.country from Customer c where c.country >= :from order by c.country",
							String.class)
					.setParameter("from", from)
					.setMaxResults(1)
					.getResultStream()
					.findFirst()
					.orElse(null);
				if (found != null) {
					present.add(found);
				}
				from = (found != null) ? nextCode(found) : null;
			}
			return present;
		}

		private TypedQuery<Listed> rows(String keyset, boolean descending, @Nullable Long cursor) {
			return bind(entityManager.createQuery("select c.id, c.companyName, c.domain, c.country" + from()
					+ (keyset.isEmpty() ? "" : " and " + keyset) + orderBy(descending), Listed.class), cursor);
		}

		/**
		 * A walk not ordered by "since" walks the index of its order on the customers
		 * (see {@link #CUSTOMER_LED}); so does a search read whole, from the index that
		 * finds its customers (joined with the relationships, H2 would start from the
		 * partner's hundred thousand relationships instead). The order by "since" walks
		 * the relationships' own index, and the rest reads the partner's relationships.
		 */
		private boolean ledByCustomers() {
			return this.walks ? this.order.by() != CustomerSort.SINCE : !this.conditions.customer().isEmpty();
		}

		private String from() {
			if (ledByCustomers()) {
				return CUSTOMER_LED.formatted(this.conditions.relationship())
						+ (this.walks ? this.conditions.customer() : this.conditions.found());
			}
			return CUSTOMERS + this.conditions.relationship() + this.conditions.customer();
		}

		/**
		 * A key's expression; led by the customers, the relationship's values are
		 * subqueries, which only a list read whole sorts by.
		 */
		private String expression(CustomerSort.Key key) {
			if (ledByCustomers() && key == CustomerSort.Key.SINCE) {
				return SINCE;
			}
			if (ledByCustomers() && key == CustomerSort.Key.CUSTOMER) {
				return "c.id";
			}
			return key.expression(this.countries);
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
				String expression = expression(key);
				String ofCursor = key.ofCursor(this.countries);
				String beyond = expression + after + ofCursor;
				comparison = comparison.isEmpty() ? beyond
						: "(" + beyond + " or (" + expression + " = " + ofCursor + " and " + comparison + "))";
			}
			CustomerSort.Key first = keys.get(0);
			return expression(first) + " " + after.strip() + "= " + first.ofCursor(this.countries) + " and "
					+ comparison;
		}

		/**
		 * The order's keys; led by the relationships, first the partner and the state,
		 * which the query holds constant: H2 reads an index in its order only when the
		 * order by names its columns from the first, and the relationships' indexes start
		 * with those two.
		 */
		private String orderBy(boolean descending) {
			String direction = descending ? " desc" : " asc";
			Stream<String> constant = ledByCustomers() ? Stream.empty() : Stream.of("r.partner.id", "r.state");
			return Stream.concat(constant, this.order.by().keys().stream().map(this::expression))
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
	 * A list read whole, in order, as ids: its pages are slices of them, whose rows are
	 * then read by id.
	 */
	private static final class FoundInOrder implements Listing {

		private final List<Long> ids;

		private final Function<List<Long>, List<Listed>> rows;

		FoundInOrder(List<Long> ids, Function<List<Long>, List<Listed>> rows) {
			this.ids = ids;
			this.rows = rows;
		}

		@Override
		public List<Listed> from(int offset, int limit) {
			return slice(offset, offset + limit);
		}

		/**
		 * A cursor outside the list (a customer the search does not find) gives no rows,
		 * and so the page by its number.
		 */
		@Override
		public List<Listed> after(Long cursor, int limit) {
			int index = this.ids.indexOf(cursor);
			return (index < 0) ? List.of() : slice(index + 1, index + 1 + limit);
		}

		@Override
		public List<Listed> last(int limit) {
			return slice(this.ids.size() - limit, this.ids.size());
		}

		@Override
		public List<Long> before(Long first, int limit) {
			int index = Math.max(this.ids.indexOf(first), 0);
			List<Long> before = new ArrayList<>(this.ids.subList(Math.max(index - limit, 0), index));
			Collections.reverse(before);
			return before;
		}

		private List<Listed> slice(int from, int to) {
			int start = Math.max(from, 0);
			int end = Math.min(to, this.ids.size());
			return (start < end) ? this.rows.apply(this.ids.subList(start, end)) : List.of();
		}

	}

	/**
	 * A long list in the order of the countries' names in the reader's language, which no
	 * index holds: it walks the countries the customers are in, in that order, and in
	 * each reads the index {@code (country, name_key, id)} from where the page starts
	 * until the page is full, so that a page costs the same at a hundred thousand
	 * customers as at two thousand. (Sorting every customer by the name of its country
	 * took six seconds a page at a hundred thousand.)
	 */
	private static final class CountryWalk implements Listing {

		private final ListQuery query;

		private final boolean descending;

		private final List<String> countries;

		CountryWalk(ListQuery query, boolean descending, CountryRanks ranks) {
			this.query = query;
			this.descending = descending;
			this.countries = ranks.inOrder(query.countriesPresent());
		}

		@Override
		public List<Listed> from(int offset, int limit) {
			List<Listed> rows = walk(null, this.descending, offset + limit);
			return (rows.size() > offset) ? rows.subList(offset, rows.size()) : List.of();
		}

		@Override
		public List<Listed> after(Long cursor, int limit) {
			return this.query.position(cursor).map((start) -> walk(start, this.descending, limit)).orElse(List.of());
		}

		@Override
		public List<Listed> last(int limit) {
			List<Listed> last = new ArrayList<>(walk(null, !this.descending, limit));
			Collections.reverse(last);
			return last;
		}

		@Override
		public List<Long> before(Long first, int limit) {
			return this.query.position(first)
				.map((start) -> walk(start, !this.descending, limit).stream().map(Listed::id).toList())
				.orElse(List.of());
		}

		private List<Listed> walk(@Nullable Position start, boolean descending, int limit) {
			List<String> order = this.countries;
			if (descending) {
				order = new ArrayList<>(this.countries);
				Collections.reverse(order);
			}
			int first = (start != null) ? Math.max(order.indexOf(start.country()), 0) : 0;
			List<Listed> rows = new ArrayList<>();
			for (int i = first; i < order.size() && rows.size() < limit; i++) {
				String country = order.get(i);
				rows.addAll(
						this.query.inCountry(country, (start != null && country.equals(start.country())) ? start : null,
								descending, limit - rows.size()));
			}
			return rows;
		}

	}

	/**
	 * @param code a country code, two capital letters (ISO 3166, as every customer's is)
	 * @return the next code in alphabetical order, {@code null} after ZZ
	 */
	static @Nullable String nextCode(String code) {
		char first = code.charAt(0);
		char second = code.charAt(1);
		if (second < 'Z') {
			return "" + first + (char) (second + 1);
		}
		return (first < 'Z') ? "" + (char) (first + 1) + 'A' : null;
	}

	/**
	 * Where a customer stands in the order by country and name.
	 */
	record Position(String country, String nameKey, Long id) {
	}

	/**
	 * The search and the filter as JPQL: the search's conditions on the customer
	 * {@code c} as a list walking an index checks them row by row, the same as a list
	 * read whole finds its customers (the first word through its own index, the others
	 * checked on each customer found), and the filter's condition on the relationship
	 * {@code r}; with their parameters. All empty for every customer.
	 */
	private record Conditions(String customer, String found, int words, String relationship,
			Map<String, Object> parameters) {

		static Conditions of(CustomerSelection selection, long applicable) {
			String customer = "";
			String found = "";
			int byWords = 0;
			Map<String, Object> parameters = new TreeMap<>();
			String search = selection.search();
			if (search != null) {
				List<String> words = NameWords.of(search).stream().limit(MAX_SEARCH_WORDS).toList();
				if (search.contains(".") || words.isEmpty()) {
					customer = search.contains(".") ? SEARCH_DOMAIN : SEARCH_NAME;
					found = customer;
					parameters.put("pattern", LikePatterns.startingWith(search));
				}
				else {
					byWords = words.size();
					found = FOUND_BY_WORD;
					for (int i = 0; i < words.size(); i++) {
						customer += WORD.formatted(i, "c.id");
						found += (i > 0) ? WORD.formatted(i, "c.id") : "";
						parameters.put("word" + i, LikePatterns.startingWith(words.get(i)));
					}
				}
			}
			String relationship = "";
			DelegatedAdminCoverage coverage = selection.coverage();
			if (coverage != null) {
				relationship = " and " + coverage.condition("r.delegatedAdminServices");
				if (relationship.contains(":applicable")) {
					parameters.put("applicable", (int) applicable);
				}
			}
			return new Conditions(customer, found, byWords, relationship, parameters);
		}

		boolean isEmpty() {
			return this.customer.isEmpty() && this.relationship.isEmpty();
		}

		/**
		 * @return whether the search is by words of the name (rather than the start of
		 * the domain)
		 */
		boolean byWord() {
			return this.words > 0;
		}

	}

	private static <T> List<T> firstOf(List<T> list) {
		return (list.size() > DETAIL_LIMIT) ? list.subList(0, DETAIL_LIMIT) : list;
	}

	record Listed(Long id, String companyName, String domain, String country) {
	}

	record Related(Long customerId, Instant since, long delegatedAdminServices) {
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
