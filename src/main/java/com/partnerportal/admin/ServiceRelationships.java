package com.partnerportal.admin;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

import com.partnerportal.catalogue.CloudService;

/**
 * What the relationships-per-service page shows: the catalogue, the service chosen, one
 * page of active relationships and the counts for every service.
 *
 * @param services the catalogue, in display order
 * @param service the service chosen
 * @param relationships one page of active relationships matching the filters
 * @param delegatedAdminCounts per service id, how many of the matching relationships hold
 * delegated admin; services nobody holds it for are missing
 */
record ServiceRelationships(List<CloudService> services, CloudService service, Page<RelationshipRow> relationships,
		Map<Long, Long> delegatedAdminCounts) {

	/**
	 * @return how many active relationships match the filters; a relationship covers
	 * every service, so this is the number of pairs for each of them
	 */
	public long pairs() {
		return this.relationships.getTotalElements();
	}

	/**
	 * @param serviceId a service
	 * @return how many matching pairs hold delegated admin for it
	 */
	public long delegatedAdmin(Long serviceId) {
		return this.delegatedAdminCounts.getOrDefault(serviceId, 0L);
	}

}
