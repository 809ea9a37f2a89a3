package com.partnerportal.subscription.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import com.partnerportal.subscription.AddonOffer;

/**
 * The add-ons sold for each service.
 */
public interface AddonOfferRepository extends Repository<AddonOffer, Long> {

	List<AddonOffer> findByServiceIdOrderBySortOrder(Long serviceId);

	Optional<AddonOffer> findById(Long id);

}
