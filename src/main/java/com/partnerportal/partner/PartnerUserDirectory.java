package com.partnerportal.partner;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Addressee;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.internal.PartnerUserRepository;

/**
 * Finds the partner users whom other features tell about a change, by the rules of their
 * role, so that those features never read the partner's users themselves.
 */
@Service
@Transactional(readOnly = true)
public class PartnerUserDirectory {

	private final PartnerUserRepository users;

	PartnerUserDirectory(PartnerUserRepository users) {
		this.users = users;
	}

	/**
	 * @param partnerId a partner
	 * @param rule a rule of {@link PartnerRole}, such as
	 * {@code PartnerRole::managesRelationships}
	 * @return the partner's enabled users whose role the rule allows
	 */
	public List<Addressee> enabledUsers(Long partnerId, Predicate<PartnerRole> rule) {
		return this.users.findByPartnerIdAndEnabledTrue(partnerId)
			.stream()
			.filter((user) -> rule.test(user.getPartnerRole()))
			.map(Addressee::of)
			.toList();
	}

	/**
	 * @param partnerId a partner
	 * @param userId one of its users, enabled or not
	 * @return that user, if the partner has it
	 */
	public Optional<Addressee> user(Long partnerId, Long userId) {
		return this.users.findByIdAndPartnerId(userId, partnerId).map(Addressee::of);
	}

}
