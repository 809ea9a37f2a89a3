package com.partnerportal.partner;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Partner organisations.
 */
public interface PartnerRepository extends Repository<Partner, Long> {

	Optional<Partner> findById(Long id);

	Page<Partner> findAll(Pageable pageable);

	Page<Partner> findByNameContainingIgnoreCase(String name, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	Partner save(Partner partner);

}
