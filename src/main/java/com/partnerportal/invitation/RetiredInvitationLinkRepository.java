package com.partnerportal.invitation;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The keys of invitation links that were replaced.
 */
interface RetiredInvitationLinkRepository extends Repository<RetiredInvitationLink, Long> {

	Optional<RetiredInvitationLink> findByLinkKey(String linkKey);

	RetiredInvitationLink save(RetiredInvitationLink link);

}
