package com.partnerportal.invitation;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The answers customers gave to invitations.
 */
interface InvitationResponseRepository extends Repository<InvitationResponse, Long> {

	InvitationResponse save(InvitationResponse response);

	List<InvitationResponse> findByCustomerIdOrderById(Long customerId);

	long count();

}
