package com.partnerportal.relationship;

import org.springframework.data.repository.Repository;

/**
 * Flushes pending relationship changes through Spring Data, so that a broken database
 * constraint surfaces as a {@code DataIntegrityViolationException} inside the service
 * call. {@code saveAndFlush} is not used for this: it merges, and merging a managed
 * relationship that has new history entries (history cascades on persist only) makes
 * Hibernate 7 write an empty history row, which the schema refuses.
 */
interface PendingChanges extends Repository<ResellerRelationship, Long> {

	void flush();

}
