package com.partnerportal;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.partnerportal.account.Actor;
import com.partnerportal.invitation.InvitationLinks;
import com.partnerportal.partner.NewPartner;
import com.partnerportal.partner.NewPartnerUser;
import com.partnerportal.partner.PartnerOnboarding;
import com.partnerportal.partner.PartnerUser;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

/**
 * Creates partners besides the demo data's, as the programme's rules need: another CSP
 * partner in Europe competing with Fabrikam for delegated admin, or many of them racing.
 * Partners are onboarded through the portal's own service, with a Global admin each.
 */
@Component
public final class TestPartners {

	public static final String PASSWORD = "a long enough passphrase";

	private final ObjectProvider<PartnerOnboarding> onboarding;

	private final ObjectProvider<InvitationLinks> links;

	private final DemoAccounts demo;

	TestPartners(ObjectProvider<PartnerOnboarding> onboarding, ObjectProvider<InvitationLinks> links,
			DemoAccounts demo) {
		this.onboarding = onboarding;
		this.links = links;
		this.demo = demo;
	}

	/**
	 * @param name the partner's name, unique
	 * @param country its country
	 * @param region its region
	 * @return the Global admin of a new CSP partner in the public cloud
	 */
	public PartnerUser cspPartner(String name, String country, Region region) {
		String email = "ga@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".test";
		return this.onboarding.getObject()
			.onboard(new NewPartner(name, country, region, Cloud.PUBLIC, true),
					new NewPartnerUser("Admin of " + name, email, PASSWORD), platformAdmin());
	}

	/**
	 * @param admin a partner's Global admin
	 * @param delegatedAdmin whether the invitation asks for delegated admin
	 * @return the token of the partner's invitation
	 */
	public String token(PartnerUser admin, boolean delegatedAdmin) {
		return this.links.getObject()
			.invitationFor(admin.getPartner().getId(), delegatedAdmin, Actor.of(admin))
			.token();
	}

	private Actor platformAdmin() {
		return this.demo.user("admin@portal.test").actor();
	}

}
