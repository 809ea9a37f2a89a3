package com.partnerportal.partner.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.PartnerUser;

/**
 * The users of partner organisations, always looked up within one partner.
 */
public interface PartnerUserRepository extends Repository<PartnerUser, Long> {

	Optional<PartnerUser> findByIdAndPartnerId(Long id, Long partnerId);

	Page<PartnerUser> findByPartnerId(Long partnerId, Pageable pageable);

	List<PartnerUser> findByPartnerIdAndEnabledTrue(Long partnerId);

	long countByPartnerIdAndPartnerRoleAndEnabledTrue(Long partnerId, PartnerRole role);

	PartnerUser save(PartnerUser user);

}
