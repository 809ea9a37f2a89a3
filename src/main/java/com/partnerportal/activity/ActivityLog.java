package com.partnerportal.activity;

import java.time.Clock;
import java.util.List;

import com.partnerportal.activity.internal.ActivityLogRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes activity-log entries. No feature calls it: the features publish their events,
 * and this module's listeners record them. {@link #record} joins the publisher's
 * transaction and refuses to run without one, so an entry is committed together with the
 * change it describes, or not at all.
 */
@Service
public class ActivityLog {

	private final ActivityLogRepository entries;

	private final Clock clock;

	ActivityLog(ActivityLogRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * @param record the change to record
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(ActivityRecord record) {
		this.entries.save(new ActivityLogEntry(this.clock.instant(), record));
	}

	/**
	 * @param customerId a customer
	 * @return every entry about that customer, oldest first
	 */
	@Transactional(readOnly = true)
	public List<ActivityLogEntry> entriesForCustomer(Long customerId) {
		return this.entries.findByCustomerIdOrderById(customerId);
	}

	/**
	 * @param partnerId a partner
	 * @return every entry about that partner, oldest first
	 */
	@Transactional(readOnly = true)
	public List<ActivityLogEntry> entriesForPartner(Long partnerId) {
		return this.entries.findByPartnerIdOrderById(partnerId);
	}

}
