package com.partnerportal.subscription.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.partnerportal.subscription.Subscription;
import com.partnerportal.subscription.SubscriptionFacts;
import com.partnerportal.subscription.SubscriptionStatus;

/**
 * One customer's subscriptions as they tie one partner to it: those it sold and those it
 * is the support contact of.
 */
public interface PartnerSubscriptionRepository extends Repository<Subscription, Long> {

	String FACTS = "select new com.partnerportal.subscription.SubscriptionFacts(s.id, s.offerName, cs.name, s.seats,"
			+ " s.status, s.partnerOfRecordId, p.name) from Subscription s join CloudService cs on cs.id = s.serviceId"
			+ " left join Partner p on p.id = s.partnerOfRecordId where s.customerId = :customerId";

	String ORDER = " order by cs.sortOrder, lower(s.offerName), s.id";

	@Query(FACTS + " and s.partnerOfRecordId = :partnerId and s.status = :status" + ORDER)
	List<SubscriptionFacts> findSoldBy(@Param("customerId") Long customerId, @Param("partnerId") Long partnerId,
			@Param("status") SubscriptionStatus status);

	@Query(FACTS + " and s.supportContactPartnerId = :partnerId" + ORDER)
	List<SubscriptionFacts> findSupportedBy(@Param("customerId") Long customerId, @Param("partnerId") Long partnerId);

	/**
	 * Hands the partner's support contacts at the customer back to each subscription's
	 * partner of record, or to nobody where that is the partner itself or there is none.
	 * One statement for any number of subscriptions; it raises the version as the entity
	 * would, so that an edit based on an earlier read fails instead of undoing this.
	 * Pending changes are flushed first so that the statement sees them.
	 * @return how many subscriptions changed
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Subscription s set s.supportContactPartnerId = case when s.partnerOfRecordId = :partnerId"
			+ " then null else s.partnerOfRecordId end, s.version = s.version + 1"
			+ " where s.customerId = :customerId and s.supportContactPartnerId = :partnerId")
	int releaseSupportContacts(@Param("customerId") Long customerId, @Param("partnerId") Long partnerId);

}
