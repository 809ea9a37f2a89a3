package com.partnerportal.admin.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.partnerportal.admin.NameFilter;
import com.partnerportal.admin.PartnerUserCount;
import com.partnerportal.relationship.ResellerRelationship;

/**
 * The read-only queries behind the admin pages, across the features' tables. They return
 * projections, never entities, and each page asks a fixed number of them whatever the
 * number of rows.
 *
 * Name filters are {@code like} patterns in lower case with {@code !} as escape character
 * (see {@link NameFilter}); {@code %} matches everything.
 */
public interface AdminQueries extends Repository<ResellerRelationship, Long> {

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

	@Query("""
			select new com.partnerportal.admin.PartnerUserCount(u.partner.id, count(u))
			from PartnerUser u where u.partner.id in :partnerIds group by u.partner.id""")
	List<PartnerUserCount> countUsersByPartner(Collection<Long> partnerIds);

}
