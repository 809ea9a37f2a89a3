package com.partnerportal.activity.internal;

import java.util.List;

import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;

import org.springframework.data.repository.Repository;

/**
 * The activity log's table. Entries are only ever added, through {@link ActivityLog}.
 * Public only so that {@link ActivityLog} can reach it from the package above; being
 * internal to the activity module, no other module may use it.
 */
public interface ActivityLogRepository extends Repository<ActivityLogEntry, Long> {

	ActivityLogEntry save(ActivityLogEntry entry);

	List<ActivityLogEntry> findByCustomerIdOrderById(Long customerId);

	List<ActivityLogEntry> findByPartnerIdOrderById(Long partnerId);

}
