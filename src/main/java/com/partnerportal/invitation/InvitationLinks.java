package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.invitation.internal.InvitationLinkRepository;
import com.partnerportal.invitation.internal.RetiredInvitationLinkRepository;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.shared.ConcurrentChangeException;
import com.partnerportal.shared.NotFoundException;

/**
 * Issues partners' invitation links and tells which partner and request a link stands
 * for.
 */
@Service
@Transactional
public class InvitationLinks {

	private static final int MAX_TOKEN_LENGTH = 100;

	private final InvitationLinkRepository links;

	private final RetiredInvitationLinkRepository retiredLinks;

	private final PartnerRepository partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationLinks(InvitationLinkRepository links, RetiredInvitationLinkRepository retiredLinks,
			PartnerRepository partners, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.retiredLinks = retiredLinks;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Returns the partner's invitation, creating the partner's link the first time one is
	 * asked for.
	 * @param partnerId the partner
	 * @param delegatedAdmin whether to ask for delegated admin
	 * @param actor the partner user asking
	 * @return the invitation
	 * @throws DelegatedAdminRequiredException if the partner is in a national cloud and
	 * asked without delegated admin; the refused request is recorded, nothing else
	 * @throws ConcurrentChangeException if another request created the partner's link at
	 * the same moment; nothing was written, and asking again finds that link
	 */
	@Transactional(noRollbackFor = DelegatedAdminRequiredException.class)
	public Invitation invitationFor(Long partnerId, boolean delegatedAdmin, Actor actor) {
		Partner partner = this.partners.findById(partnerId)
			.orElseThrow(() -> new NotFoundException("Partner " + partnerId));
		// The national-cloud rule is enforced here, not only in the page, so that a
		// forged request cannot leave delegated admin out.
		if (!allowed(partner, delegatedAdmin)) {
			throw refusedWithoutDelegatedAdmin(partner, actor);
		}
		try {
			InvitationLink link = this.links.findByPartnerId(partnerId).orElseGet(() -> create(partner, actor));
			return invitation(link, delegatedAdmin);
		}
		catch (DataIntegrityViolationException ex) {
			// The partner's first request, sent twice at once: the unique index let the
			// other create the link.
			throw new ConcurrentChangeException("Partner " + partnerId + "'s link was created meanwhile", ex);
		}
	}

	/**
	 * Like {@link #invitationFor}, for pages that only show a link issued before and so
	 * must not create one.
	 * @param partnerId the partner
	 * @param delegatedAdmin whether to ask for delegated admin
	 * @return the invitation, or empty if the partner has no link yet, or may not invite
	 * without delegated admin and asked to
	 */
	@Transactional(readOnly = true)
	public Optional<Invitation> existingInvitation(Long partnerId, boolean delegatedAdmin) {
		return this.links.findByPartnerId(partnerId)
			.filter((link) -> allowed(link.getPartner(), delegatedAdmin))
			.map((link) -> invitation(link, delegatedAdmin));
	}

	/**
	 * Like {@link #existingInvitation}, for a form that names the variant it works on
	 * (the draft email's). No page offers a national-cloud partner the variant without
	 * delegated admin, so asking for it is a forged request: refused and recorded, as on
	 * {@link #invitationFor}.
	 * @param partnerId the partner
	 * @param delegatedAdmin the variant the form names
	 * @param actor the partner user sending the form
	 * @return the invitation, or empty if the partner has no link yet
	 * @throws DelegatedAdminRequiredException if the partner is in a national cloud and
	 * named the variant without delegated admin
	 */
	@Transactional(noRollbackFor = DelegatedAdminRequiredException.class)
	public Optional<Invitation> issuedInvitation(Long partnerId, boolean delegatedAdmin, Actor actor) {
		Optional<InvitationLink> link = this.links.findByPartnerId(partnerId);
		if (link.isPresent() && !allowed(link.get().getPartner(), delegatedAdmin)) {
			throw refusedWithoutDelegatedAdmin(link.get().getPartner(), actor);
		}
		return link.map((issued) -> invitation(issued, delegatedAdmin));
	}

	private DelegatedAdminRequiredException refusedWithoutDelegatedAdmin(Partner partner, Actor actor) {
		this.events.publishEvent(
				new RelationshipRequestRefused(partner.getId(), partner.getName(), partner.getCloud(), actor));
		return new DelegatedAdminRequiredException(partner.getCloud());
	}

	private static boolean allowed(Partner partner, boolean delegatedAdmin) {
		return delegatedAdmin || !partner.requiresDelegatedAdmin();
	}

	private static Invitation invitation(InvitationLink link, boolean delegatedAdmin) {
		return new Invitation(link.getPartner(), delegatedAdmin, link.token(delegatedAdmin));
	}

	private InvitationLink create(Partner partner, Actor actor) {
		InvitationLink link = this.links.save(new InvitationLink(partner, this.clock.instant(), actor.userId()));
		this.events.publishEvent(new InvitationLinkCreated(partner.getId(), partner.getName(), actor));
		return link;
	}

	/**
	 * @param partnerId a partner
	 * @return the version of the partner's link, which the replacement form carries, or
	 * empty if the partner has no link yet
	 */
	@Transactional(readOnly = true)
	public Optional<Long> currentVersion(Long partnerId) {
		return this.links.findByPartnerId(partnerId).map(InvitationLink::getVersion);
	}

	/**
	 * Replaces the partner's link with a new one. Both variants of the old link stop
	 * working at once, for every customer that has not used it yet; relationships already
	 * accepted through it stay. The form names the link it was shown for, so that sending
	 * it twice replaces the link once: the second time, the link is no longer the one the
	 * form names. Two replacements at the very same moment are told apart by the link's
	 * optimistic lock: one of them fails with a {@link ConcurrentChangeException} and
	 * changes nothing.
	 * @param partnerId the partner
	 * @param version the version of the link the confirmation page showed
	 * @param actor the partner Global admin asking; the caller checks the role
	 * @return whether the link was replaced; {@code false} if it had been replaced since
	 * the page was shown, and nothing was changed
	 * @throws NotFoundException if the partner has no link yet, so nothing to replace
	 * @throws ConcurrentChangeException if another request replaced the link at the same
	 * moment
	 */
	public boolean rotate(Long partnerId, long version, Actor actor) {
		InvitationLink link = this.links.findByPartnerId(partnerId)
			.orElseThrow(() -> new NotFoundException("Partner " + partnerId + " has no invitation link"));
		Long userId = actor.userId();
		if (userId == null) {
			throw new IllegalArgumentException("Only a person may replace an invitation link");
		}
		if (link.getVersion() != version) {
			return false;
		}
		Instant replaced = link.getCreatedAt();
		RetiredInvitationLink retired = link.rotate(this.clock.instant(), userId);
		// The link's version check decides between two replacements sent at once, so it
		// runs before the replaced key is kept: otherwise the second one fails on that
		// key's unique index instead of being told the link was replaced meanwhile.
		try {
			this.links.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException("Partner " + partnerId + "'s link was replaced meanwhile", ex);
		}
		this.retiredLinks.save(retired);
		this.events.publishEvent(new InvitationLinkRotated(partnerId, link.getPartner().getName(), replaced,
				link.getCreatedAt(), actor));
		return true;
	}

	/**
	 * @param token the token from a link's URL, as received
	 * @return the invitation it stands for, or empty if no current link issued it
	 * (unknown, changed, or rotated away)
	 */
	@Transactional(readOnly = true)
	public Optional<Invitation> resolve(String token) {
		if (token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		return InvitationLink.keyOf(token)
			.flatMap(this.links::findByLinkKey)
			.flatMap((link) -> link.verify(token)
				.map((delegatedAdmin) -> new Invitation(link.getPartner(), delegatedAdmin, token)));
	}

	/**
	 * Like {@link #resolve}, for pages that cannot go on without a valid link.
	 * @param token the token from a link's URL
	 * @return the invitation
	 * @throws RetiredInvitationLinkException if a link that was replaced issued the
	 * token, so the customer can be told to ask for the new one
	 * @throws NotFoundException if the token is not a current link's nor a replaced one's
	 * (unknown or changed)
	 */
	@Transactional(readOnly = true)
	public Invitation require(String token) {
		return resolve(token).orElseThrow(() -> wasReplaced(token) ? new RetiredInvitationLinkException()
				: new NotFoundException("No such invitation"));
	}

	/**
	 * @param token the token from a link's URL, as received
	 * @return whether a link that was replaced issued it: its key is a retired key and
	 * its MAC verifies under that key's retired secret. A retired key with any other MAC
	 * is as unknown as a random one, so a tampered old link tells nothing more than a
	 * tampered current one.
	 */
	@Transactional(readOnly = true)
	public boolean wasReplaced(String token) {
		if (token.length() > MAX_TOKEN_LENGTH) {
			return false;
		}
		return InvitationLink.keyOf(token)
			.flatMap(this.retiredLinks::findByLinkKey)
			.filter((retired) -> retired.issued(token))
			.isPresent();
	}

}
