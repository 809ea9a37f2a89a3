package com.partnerportal.admin;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

import com.partnerportal.admin.internal.RelationshipQueries;
import com.partnerportal.catalogue.CloudService;

/**
 * What the relationships-per-service page shows: the catalogue, the service chosen, one
 * page of active relationships and the counts for every service.
 *
 * @param services the catalogue, in display order
 * @param service the service chosen
 * @param relationships one page of active relationships matching the filters; its total
 * is {@link RelationshipQueries#LIMIT} when more match
 * @param countLimited whether more relationships match than were counted
 * @param delegatedAdminCounts per service id, how many of the matching relationships hold
 * delegated admin, up to {@link RelationshipQueries#LIMIT} and one; services nobody holds
 * it for may be missing
 */
public record ServiceRelationships(List<CloudService> services, CloudService service,
		Page<RelationshipRow> relationships, boolean countLimited, Map<Long, Long> delegatedAdminCounts) {

	/**
	 * @return how many active relationships match the filters; a relationship covers
	 * every service, so this is the number of pairs for each of them
	 */
	public long pairs() {
		return this.relationships.getTotalElements();
	}

	/**
	 * @param serviceId a service
	 * @return how many matching pairs hold delegated admin for it, at most
	 * {@link RelationshipQueries#LIMIT}
	 */
	public long delegatedAdmin(Long serviceId) {
		return Math.min(this.delegatedAdminCounts.getOrDefault(serviceId, 0L), RelationshipQueries.LIMIT);
	}

	/**
	 * @param serviceId a service
	 * @return whether more pairs hold delegated admin for it than were counted
	 */
	public boolean delegatedAdminLimited(Long serviceId) {
		return this.delegatedAdminCounts.getOrDefault(serviceId, 0L) > RelationshipQueries.LIMIT;
	}

}
