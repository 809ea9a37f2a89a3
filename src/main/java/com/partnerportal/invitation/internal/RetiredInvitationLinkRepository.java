package com.partnerportal.invitation.internal;

import java.util.Optional;

import org.springframework.data.repository.Repository;

import com.partnerportal.invitation.RetiredInvitationLink;

/**
 * The keys of invitation links that were replaced.
 */
public interface RetiredInvitationLinkRepository extends Repository<RetiredInvitationLink, Long> {

	Optional<RetiredInvitationLink> findByLinkKey(String linkKey);

	RetiredInvitationLink save(RetiredInvitationLink link);

}
