package com.partnerportal.relationship.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

import com.partnerportal.relationship.RelationshipState;
import com.partnerportal.relationship.ResellerRelationship;

/**
 * Reseller relationships, always looked up by the partner or the customer they belong to.
 */
public interface ResellerRelationshipRepository extends Repository<ResellerRelationship, Long> {

	Optional<ResellerRelationship> findByPartnerIdAndCustomerId(Long partnerId, Long customerId);

	@EntityGraph(attributePaths = { "partner", "grants" })
	List<ResellerRelationship> findByCustomerIdAndState(Long customerId, RelationshipState state);

	boolean existsByPartnerIdAndCustomerIdAndState(Long partnerId, Long customerId, RelationshipState state);

	ResellerRelationship save(ResellerRelationship relationship);

	ResellerRelationship saveAndFlush(ResellerRelationship relationship);

	/**
	 * Writes pending changes now, so that a broken constraint surfaces inside the service
	 * call as a {@code DataIntegrityViolationException} rather than at commit.
	 */
	void flush();

}
