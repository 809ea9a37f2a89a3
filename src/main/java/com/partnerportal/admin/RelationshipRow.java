package com.partnerportal.admin;

import java.time.Instant;

import com.partnerportal.relationship.RelationshipType;

/**
 * One active customer–partner pair on the relationships-per-service page.
 *
 * @param relationshipId the relationship
 * @param customerName the customer's company name
 * @param partnerName the partner's name
 * @param type reseller or advisor
 * @param delegatedAdmin whether the partner holds delegated admin for the service shown
 * @param since when the relationship was (re-)established
 */
public record RelationshipRow(Long relationshipId, String customerName, String partnerName, RelationshipType type,
		boolean delegatedAdmin, Instant since) {
}
