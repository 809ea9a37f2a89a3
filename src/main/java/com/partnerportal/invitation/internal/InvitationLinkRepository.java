package com.partnerportal.invitation.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

import com.partnerportal.invitation.InvitationLink;

/**
 * Invitation links, one per partner.
 */
public interface InvitationLinkRepository extends Repository<InvitationLink, Long> {

	@EntityGraph(attributePaths = "partner")
	Optional<InvitationLink> findByLinkKey(String linkKey);

	@EntityGraph(attributePaths = "partner")
	Optional<InvitationLink> findByPartnerId(Long partnerId);

	InvitationLink save(InvitationLink link);

	/**
	 * Writes pending changes now, so that a link's version check fails here rather than
	 * at commit.
	 */
	void flush();

}
