package com.partnerportal.admin.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

import com.partnerportal.admin.NameFilter;
import com.partnerportal.admin.RelationshipRow;
import com.partnerportal.catalogue.CloudService;

/**
 * The queries of the relationships-per-service page, which may filter the hundreds of
 * thousands of active relationships by the start of the partner's or the customer's name.
 * A filter left empty is left out of the SQL, and a customer filter makes the customers
 * whose name starts with it lead the query: on H2, a {@code like} that matches
 * everything, or a join the planner may start from the relationships, made it sort every
 * relationship for each page (1.5 to 2 s with a hundred thousand). PostgreSQL plans the
 * joins by their statistics whichever way they are written.
 *
 * The counts stop at {@value #LIMIT} and one: counting them all on every request would
 * read them all. The page says "more than" the limit instead. They are counted as the
 * rows of a bounded query arrive rather than by {@code count(*)} over it as a subquery,
 * because H2 turns a {@code like} into an index range only at the top level of a
 * statement.
 */
@Repository
public class RelationshipQueries {

	/** Where the counts stop, and the deepest row the page reaches. */
	public static final int LIMIT = 10_000;

	private final EntityManager entityManager;

	RelationshipQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * One page of active relationships, with whether the partner holds delegated admin
	 * for one service. Sorted by customer, then partner, so that the database walks the
	 * customers' name index (V8) and stops after the page; the caller counts separately.
	 * The relationships are joined to the customers as an outer join, and the customers
	 * without one left out by the where clause: with an inner join H2 starts from the
	 * relationships instead, and sorts all of them for every page (5 s with 157,000);
	 * this way it has to start from the customers. PostgreSQL turns it back into an inner
	 * join and plans it as before.
	 */
	public List<RelationshipRow> page(Long serviceId, NameFilter partner, NameFilter customer, Pageable pageable) {
		StringBuilder jpql = new StringBuilder("""
				select new com.partnerportal.admin.RelationshipRow(r.id, c.companyName, p.name, r.relationshipType,
					case when g.id is null then false else true end, r.since)
				from Customer c left join ResellerRelationship r on r.customer = c
					and r.state = com.partnerportal.relationship.RelationshipState.ACTIVE
					left join r.partner p left join r.grants g on g.serviceId = :serviceId and g.active = true
				where r.id is not null""");
		if (!partner.isEmpty()) {
			jpql.append(" and lower(p.name) like :partner escape '!'");
		}
		if (!customer.isEmpty()) {
			jpql.append(" and c.nameKey like :customer escape '!'");
		}
		jpql.append(" order by c.nameKey, c.id, lower(p.name), r.id");
		TypedQuery<RelationshipRow> query = this.entityManager.createQuery(jpql.toString(), RelationshipRow.class)
			.setParameter("serviceId", serviceId)
			.setFirstResult(Math.toIntExact(pageable.getOffset()))
			.setMaxResults(pageable.getPageSize());
		bind(query, partner, customer);
		return query.getResultList();
	}

	/**
	 * @return how many relationships are active, as the database keeps the count
	 * ({@link com.partnerportal.admin.RelationshipCounts})
	 */
	public long activeRelationships() {
		return ((Number) this.entityManager
			.createNativeQuery("select how_many from active_relationship_count where id = 1", Long.class)
			.getSingleResult()).longValue();
	}

	/**
	 * @return per service id, how many active relationships hold delegated admin for it,
	 * as the database keeps the counts
	 * ({@link com.partnerportal.admin.RelationshipCounts})
	 */
	public Map<Long, Long> delegatedAdmin() {
		List<?> rows = this.entityManager
			.createNativeQuery("select service_id, how_many from delegated_admin_count", Object[].class)
			.getResultList();
		Map<Long, Long> counts = new HashMap<>();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
		}
		return counts;
	}

	/**
	 * @return how many active relationships match the filters, counting no further than
	 * {@value #LIMIT} and one
	 */
	public long relationships(NameFilter partner, NameFilter customer) {
		Query rows = this.entityManager
			.createNativeQuery("select r.id" + from(partner, customer) + " limit " + (LIMIT + 1), Long.class);
		bind(rows, partner, customer);
		return rows.getResultList().size();
	}

	/**
	 * One statement for every service, whatever the data: a bounded query per service,
	 * joined with {@code union all}, whose rows are counted per service.
	 * @param services the services to count, those delegated admin applies to
	 * @return per service id, how many of the matching relationships hold delegated admin
	 * for it, counting no further than {@value #LIMIT} and one
	 */
	public Map<Long, Long> delegatedAdmin(List<CloudService> services, NameFilter partner, NameFilter customer) {
		if (services.isEmpty()) {
			return Map.of();
		}
		StringJoiner sql = new StringJoiner(" union all ");
		for (int i = 0; i < services.size(); i++) {
			sql.add("(select " + i + " as position" + holding(partner, customer, "service" + i) + " limit "
					+ (LIMIT + 1) + ")");
		}
		Query query = this.entityManager.createNativeQuery(sql.toString(), Integer.class);
		bind(query, partner, customer);
		for (int i = 0; i < services.size(); i++) {
			query.setParameter("service" + i, services.get(i).getId());
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object position : query.getResultList()) {
			counts.merge(services.get(((Number) position).intValue()).getId(), 1L, Long::sum);
		}
		return counts;
	}

	/**
	 * The matching relationships holding delegated admin for one service. Without a
	 * customer filter the service's grants lead (V9's index), so that a service few
	 * partners administer is not looked for in every relationship; with one, the
	 * customers found by it lead and each relationship's grant is looked up.
	 */
	private static String holding(NameFilter partner, NameFilter customer, String service) {
		String grant = " g.active = true and g.service_id = :" + service;
		if (partner.isEmpty() && customer.isEmpty()) {
			// An active grant belongs to an active relationship (ResellerRelationship.end
			// removes them all), so the grants' index alone counts them, without looking
			// up each relationship: 10 ms instead of 140 on H2 for 10,001 of them.
			return " from delegated_admin_grant g where" + grant;
		}
		if (customer.isEmpty()) {
			return from(partner, customer).replace(" from reseller_relationship r",
					" from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id") + " and"
					+ grant;
		}
		return from(partner, customer)
				+ " and exists (select 1 from delegated_admin_grant g where g.relationship_id = r.id and" + grant + ")";
	}

	/**
	 * The active relationships matching the filters; the joins to the names only when a
	 * filter needs them, the customers first.
	 */
	private static String from(NameFilter partner, NameFilter customer) {
		StringBuilder from = new StringBuilder(customer.isEmpty() ? " from reseller_relationship r"
				: " from customer c join reseller_relationship r on r.customer_id = c.id");
		if (!partner.isEmpty()) {
			from.append(" join partner p on p.id = r.partner_id");
		}
		from.append(" where r.state = 'ACTIVE'");
		if (!partner.isEmpty()) {
			from.append(" and lower(p.name) like :partner escape '!'");
		}
		if (!customer.isEmpty()) {
			from.append(" and c.name_key like :customer escape '!'");
		}
		return from.toString();
	}

	private static void bind(Query query, NameFilter partner, NameFilter customer) {
		if (!partner.isEmpty()) {
			query.setParameter("partner", partner.pattern());
		}
		if (!customer.isEmpty()) {
			query.setParameter("customer", customer.pattern());
		}
	}

}
