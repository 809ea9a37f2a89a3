package com.partnerportal.admin;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.partnerportal.relationship.ResellerRelationship;

/**
 * The read-only queries behind the admin pages, across the features' tables. They return
 * projections, never entities, and each page asks a fixed number of them whatever the
 * number of rows.
 *
 * Name filters are {@code like} patterns in lower case with {@code !} as escape character
 * (see {@link NameFilter}); {@code %} matches everything.
 */
interface AdminQueries extends Repository<ResellerRelationship, Long> {

	@Query("select count(p) from Partner p")
	long countPartners();

	@Query("select count(c) from Customer c")
	long countCustomers();

	@Query("""
			select count(r) from ResellerRelationship r
			where r.state = com.partnerportal.relationship.RelationshipState.ACTIVE""")
	long countActiveRelationships();

	@Query("""
			select count(g) from DelegatedAdminGrant g join g.relationship r
			where g.active = true and r.state = com.partnerportal.relationship.RelationshipState.ACTIVE""")
	long countActiveDelegatedAdminGrants();

	/**
	 * One page of active relationships, with whether the partner holds delegated admin
	 * for one service. Sorted by customer, then partner, so that the database walks the
	 * customers' name index (V8) and stops after the page; the caller counts separately.
	 */
	@Query("""
			select new com.partnerportal.admin.RelationshipRow(r.id, c.companyName, p.name, r.relationshipType,
				case when g.id is null then false else true end, r.since)
			from ResellerRelationship r join r.partner p join r.customer c
				left join r.grants g on g.serviceId = :serviceId and g.active = true
			where r.state = com.partnerportal.relationship.RelationshipState.ACTIVE
				and lower(p.name) like :partner escape '!' and c.nameKey like :customer escape '!'
			order by c.nameKey, c.id, lower(p.name), r.id""")
	List<RelationshipRow> findActiveRelationships(Long serviceId, String partner, String customer, Pageable pageable);

	@Query("""
			select new com.partnerportal.admin.PartnerUserCount(u.partner.id, count(u))
			from PartnerUser u where u.partner.id in :partnerIds group by u.partner.id""")
	List<PartnerUserCount> countUsersByPartner(Collection<Long> partnerIds);

}
