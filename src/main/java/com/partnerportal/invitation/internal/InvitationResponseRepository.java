package com.partnerportal.invitation.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

import com.partnerportal.invitation.InvitationResponse;

/**
 * The answers customers gave to invitations.
 */
public interface InvitationResponseRepository extends Repository<InvitationResponse, Long> {

	InvitationResponse save(InvitationResponse response);

	List<InvitationResponse> findByCustomerIdOrderById(Long customerId);

	long count();

	/**
	 * Writes the pending changes now, so that the database refuses a lost race inside the
	 * service rather than at commit.
	 */
	void flush();

}
