package com.partnerportal.activity;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The activity log's table. Entries are only ever added.
 */
interface ActivityLogRepository extends Repository<ActivityLogEntry, Long> {

	ActivityLogEntry save(ActivityLogEntry entry);

	List<ActivityLogEntry> findByCustomerIdOrderById(Long customerId);

	List<ActivityLogEntry> findByPartnerIdOrderById(Long partnerId);

}
