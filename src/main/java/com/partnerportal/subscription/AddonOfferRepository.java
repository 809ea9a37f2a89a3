package com.partnerportal.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The add-ons sold for each service.
 */
interface AddonOfferRepository extends Repository<AddonOffer, Long> {

	List<AddonOffer> findByServiceIdOrderBySortOrder(Long serviceId);

	Optional<AddonOffer> findById(Long id);

}
