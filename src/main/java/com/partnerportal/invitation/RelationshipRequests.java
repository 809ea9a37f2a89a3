package com.partnerportal.invitation;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.invitation.web.DraftEmailForm;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.partner.Territories;
import com.partnerportal.shared.NotFoundException;

/**
 * What the partner's request pages show: the choice to offer and the first draft of the
 * invitation email.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipRequests {

	private final PartnerRepository partners;

	private final Catalogue catalogue;

	private final Territories territories;

	private final MessageSource messages;

	RelationshipRequests(PartnerRepository partners, Catalogue catalogue, Territories territories,
			MessageSource messages) {
		this.partners = partners;
		this.catalogue = catalogue;
		this.territories = territories;
		this.messages = messages;
	}

	/**
	 * @param partnerId the signed-in user's partner
	 * @param locale the reader's locale, for the countries' names
	 * @return what the request page offers that partner
	 */
	public RequestOptions options(Long partnerId, Locale locale) {
		Partner partner = this.partners.findById(partnerId)
			.orElseThrow(() -> new NotFoundException("Partner " + partnerId));
		return new RequestOptions(partner.getName(), partner.getCloud(), partner.requiresDelegatedAdmin(),
				delegatedAdminServices(), partner.getRegion(), this.territories.of(partner).countryList(locale));
	}

	/**
	 * Writes the first draft from the bundle's templates. It names the partner and the
	 * services concerned, never a customer: the same email goes to every customer.
	 * @param invitation the invitation the email carries
	 * @param link the invitation's absolute URL
	 * @param locale the language to write in
	 * @return the draft
	 */
	public DraftEmailForm draft(Invitation invitation, String link, Locale locale) {
		Partner partner = invitation.partner();
		String partnerName = partner.getName();
		// A partner outside the CSP programme becomes the customer's advisor, not its
		// reseller: the email must say what the landing page will say.
		String keys = partner.isCspMember() ? "invitation.draft.email." : "invitation.draft.email.advisor.";
		String subject = this.messages.getMessage(keys + "subject", new Object[] { partnerName }, locale);
		String body = invitation.delegatedAdmin()
				? this.messages.getMessage(keys + "body.delegatedAdmin",
						new Object[] { partnerName, link, String.join(", ", delegatedAdminServices()) }, locale)
				: this.messages.getMessage(keys + "body.withoutDelegatedAdmin", new Object[] { partnerName, link },
						locale);
		return new DraftEmailForm(subject, body);
	}

	private List<String> delegatedAdminServices() {
		return this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder()
			.stream()
			.map(CloudService::getName)
			.toList();
	}

}
