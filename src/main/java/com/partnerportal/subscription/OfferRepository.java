package com.partnerportal.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The offers of each service, with their seat limits.
 */
interface OfferRepository extends Repository<Offer, Long> {

	List<Offer> findByServiceIdOrderBySortOrder(Long serviceId);

	Optional<Offer> findByServiceIdAndName(Long serviceId, String name);

	Optional<Offer> findById(Long id);

}
