package com.partnerportal.catalogue.internal;

import java.util.List;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;

import org.springframework.data.repository.Repository;

/**
 * The stored catalogue; only {@link Catalogue} reads it. Public only so that
 * {@link Catalogue} can reach it from the package above; being internal to the catalogue
 * module, no other module may use it.
 */
public interface CloudServiceRepository extends Repository<CloudService, Long> {

	List<CloudService> findAllByOrderBySortOrder();

}
