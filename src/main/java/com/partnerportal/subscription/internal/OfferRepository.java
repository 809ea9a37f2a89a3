package com.partnerportal.subscription.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import com.partnerportal.subscription.Offer;

/**
 * The offers of each service, with their seat limits.
 */
public interface OfferRepository extends Repository<Offer, Long> {

	List<Offer> findByServiceIdOrderBySortOrder(Long serviceId);

	Optional<Offer> findByServiceIdAndName(Long serviceId, String name);

	Optional<Offer> findById(Long id);

}
