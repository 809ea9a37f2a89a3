package com.partnerportal.invitation;

import com.partnerportal.shared.NotFoundException;

/**
 * A customer opened an invitation link that its partner has since replaced. The page it
 * leads to names no partner: the old link may have leaked, which is why it was replaced.
 * A page that does not tell the difference answers the plain 404.
 */
public class RetiredInvitationLinkException extends NotFoundException {

	RetiredInvitationLinkException() {
		super("The invitation link was replaced");
	}

}
