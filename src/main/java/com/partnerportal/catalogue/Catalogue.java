package com.partnerportal.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The service catalogue, in display order. Small and read on most pages.
 */
public interface Catalogue extends Repository<CloudService, Long> {

	List<CloudService> findAllByOrderBySortOrder();

	List<CloudService> findByDelegatedAdminAppliesTrueOrderBySortOrder();

	Optional<CloudService> findById(Long id);

}
