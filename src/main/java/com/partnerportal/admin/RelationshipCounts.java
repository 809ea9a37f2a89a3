package com.partnerportal.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Repository;

import com.partnerportal.catalogue.CloudService;

/**
 * The counts of the relationships-per-service page, each of which stops at
 * {@value #LIMIT} and one: across all partners there are hundreds of thousands of
 * relationships and grants, and counting them all on every request would read them all.
 * The page says "more than" the limit instead. In SQL, because a count bounded by
 * {@code limit} needs a subquery in {@code from}.
 */
@Repository
class RelationshipCounts {

	/** Where the counts stop, and the deepest row the page reaches. */
	static final int LIMIT = 10_000;

	private final EntityManager entityManager;

	RelationshipCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @return how many active relationships match the filters, counting no further than
	 * {@value #LIMIT} and one
	 */
	long relationships(NameFilter partner, NameFilter customer) {
		Query count = this.entityManager.createNativeQuery(
				"select count(*) from (select 1" + from(partner, customer) + " limit " + (LIMIT + 1) + ") matching",
				Long.class);
		bind(count, partner, customer);
		return ((Number) count.getSingleResult()).longValue();
	}

	/**
	 * One statement for every service, whatever the data: a bounded count per service,
	 * joined with {@code union all}.
	 * @param services the services to count, those delegated admin applies to
	 * @return per service id, how many of the matching relationships hold delegated admin
	 * for it, counting no further than {@value #LIMIT} and one
	 */
	Map<Long, Long> delegatedAdmin(List<CloudService> services, NameFilter partner, NameFilter customer) {
		if (services.isEmpty()) {
			return Map.of();
		}
		StringJoiner sql = new StringJoiner(" union all ");
		for (int i = 0; i < services.size(); i++) {
			sql.add("select " + i + " as position, count(*) as holders from (select 1"
					+ from(partner, customer).replace(" from reseller_relationship r",
							" from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id")
					+ " and g.active = true and g.service_id = :service" + i + " limit " + (LIMIT + 1) + ") counted"
					+ i);
		}
		Query query = this.entityManager.createNativeQuery(sql.toString(), Object[].class);
		bind(query, partner, customer);
		for (int i = 0; i < services.size(); i++) {
			query.setParameter("service" + i, services.get(i).getId());
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object row : query.getResultList()) {
			Object[] columns = (Object[]) row;
			int position = ((Number) columns[0]).intValue();
			counts.put(services.get(position).getId(), ((Number) columns[1]).longValue());
		}
		return counts;
	}

	/**
	 * The active relationships matching the filters; the joins to the names only when a
	 * filter needs them.
	 */
	private static String from(NameFilter partner, NameFilter customer) {
		StringBuilder from = new StringBuilder(" from reseller_relationship r");
		if (!partner.isEmpty()) {
			from.append(" join partner p on p.id = r.partner_id");
		}
		if (!customer.isEmpty()) {
			from.append(" join customer c on c.id = r.customer_id");
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
