package com.partnerportal.catalogue;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The stored catalogue; only {@link Catalogue} reads it.
 */
interface CloudServiceRepository extends Repository<CloudService, Long> {

	List<CloudService> findAllByOrderBySortOrder();

}
