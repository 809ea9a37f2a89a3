package com.partnerportal.partner;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.internal.PartnerLocks;
import com.partnerportal.partner.internal.PartnerUserCreation;
import com.partnerportal.partner.internal.PartnerUserRepository;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageNumbers;

/**
 * A partner Global admin's management of the partner's users: list, add, change role,
 * disable. Every method takes the partner from the signed-in user and treats another
 * partner's user as not found. A partner always keeps at least one enabled Global admin.
 */
@Service
@Transactional
public class PartnerUserManagement {

	/** Users shown per page. */
	public static final int PAGE_SIZE = 20;

	private final PartnerUserRepository users;

	private final PartnerLocks partnerLocks;

	private final PartnerUserCreation creation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerUserManagement(PartnerUserRepository users, PartnerLocks partnerLocks, PartnerUserCreation creation,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.partnerLocks = partnerLocks;
		this.creation = creation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param partnerId the signed-in user's partner
	 * @param page a zero-based page number
	 * @return one page of the partner's users, by name
	 */
	@Transactional(readOnly = true)
	public Page<PartnerUserSummary> users(Long partnerId, int page) {
		PageRequest request = PageRequest.of(PageNumbers.within(page, PAGE_SIZE), PAGE_SIZE,
				Sort.by("displayName").and(Sort.by("id")));
		return this.users.findByPartnerId(partnerId, request).map(PartnerUserSummary::of);
	}

	/**
	 * @param partnerId the signed-in user's partner
	 * @param userId a user id from the request
	 * @return that user
	 * @throws NotFoundException if the partner has no such user
	 */
	@Transactional(readOnly = true)
	public PartnerUserSummary user(Long partnerId, Long userId) {
		return PartnerUserSummary.of(find(partnerId, userId));
	}

	/**
	 * Tells in advance whether {@link #disable} would be refused, so that the
	 * confirmation page can explain instead of offering a button that cannot work.
	 * @param partnerId the signed-in user's partner
	 * @param userId the user to disable
	 * @param actingUserId the signed-in Global admin
	 * @return why disabling is refused, or empty if it is allowed
	 * @throws NotFoundException if the partner has no such user
	 */
	@Transactional(readOnly = true)
	public Optional<UserChangeRejectedException.Reason> disableRefusal(Long partnerId, Long userId, Long actingUserId) {
		return disableRefusal(find(partnerId, userId), actingUserId);
	}

	/**
	 * Adds a user to the partner and logs it.
	 * @param partnerId the signed-in user's partner
	 * @param user the new user's details
	 * @param role the new user's role
	 * @param actor the Global admin adding the user
	 * @return the new user
	 * @throws OnboardingRejectedException if the e-mail address is taken or the password
	 * not acceptable
	 */
	public PartnerUserSummary add(Long partnerId, NewPartnerUser user, PartnerRole role, Actor actor) {
		Partner partner = lock(partnerId);
		this.creation.check(user);
		return PartnerUserSummary.of(this.creation.create(partner, role, user, this.clock.instant(), actor));
	}

	/**
	 * Gives a user another role and logs the old and the new one.
	 * @param partnerId the signed-in user's partner
	 * @param userId the user
	 * @param role the new role
	 * @param actor the Global admin making the change
	 * @return whether the role changed; giving the role the user has changes nothing
	 * @throws NotFoundException if the partner has no such user
	 * @throws UserChangeRejectedException if the user is the last enabled Global admin
	 * and would lose that role
	 */
	public boolean changeRole(Long partnerId, Long userId, PartnerRole role, Actor actor) {
		Partner partner = lock(partnerId);
		PartnerUser user = find(partnerId, userId);
		PartnerRole old = user.getPartnerRole();
		if (old == role) {
			return false;
		}
		if (old == PartnerRole.GLOBAL_ADMIN && isLastEnabledGlobalAdmin(user)) {
			throw new UserChangeRejectedException(UserChangeRejectedException.Reason.LAST_GLOBAL_ADMIN);
		}
		user.changeRole(role);
		this.events.publishEvent(new PartnerUserRoleChanged(partnerId, partner.getName(), user.getId(), user.getEmail(),
				old, role, this.clock.instant(), actor));
		return true;
	}

	/**
	 * Disables a user, who can then no longer sign in, and logs it.
	 * @param partnerId the signed-in user's partner
	 * @param userId the user
	 * @param actor the Global admin making the change
	 * @return whether the user was enabled until now
	 * @throws NotFoundException if the partner has no such user
	 * @throws UserChangeRejectedException if the Global admin disables themself or the
	 * last enabled Global admin
	 */
	public boolean disable(Long partnerId, Long userId, Actor actor) {
		Partner partner = lock(partnerId);
		PartnerUser user = find(partnerId, userId);
		if (!user.isEnabled()) {
			return false;
		}
		Optional<UserChangeRejectedException.Reason> refusal = disableRefusal(user, actor.userId());
		if (refusal.isPresent()) {
			throw new UserChangeRejectedException(refusal.get());
		}
		user.deactivate();
		this.events.publishEvent(new PartnerUserDisabled(partnerId, partner.getName(), user.getId(), user.getEmail(),
				this.clock.instant(), actor));
		return true;
	}

	private Optional<UserChangeRejectedException.Reason> disableRefusal(PartnerUser user, @Nullable Long actingUserId) {
		if (!user.isEnabled()) {
			return Optional.empty();
		}
		if (user.getId().equals(actingUserId)) {
			return Optional.of(UserChangeRejectedException.Reason.CANNOT_DISABLE_SELF);
		}
		if (user.getPartnerRole() == PartnerRole.GLOBAL_ADMIN && isLastEnabledGlobalAdmin(user)) {
			return Optional.of(UserChangeRejectedException.Reason.LAST_GLOBAL_ADMIN);
		}
		return Optional.empty();
	}

	private boolean isLastEnabledGlobalAdmin(PartnerUser user) {
		return user.isEnabled() && this.users.countByPartnerIdAndPartnerRoleAndEnabledTrue(user.organisationId(),
				PartnerRole.GLOBAL_ADMIN) <= 1;
	}

	private PartnerUser find(Long partnerId, Long userId) {
		return this.users.findByIdAndPartnerId(userId, partnerId)
			.orElseThrow(() -> new NotFoundException("Partner user " + userId));
	}

	private Partner lock(Long partnerId) {
		return this.partnerLocks.lockById(partnerId).orElseThrow(() -> new NotFoundException("Partner " + partnerId));
	}

}
