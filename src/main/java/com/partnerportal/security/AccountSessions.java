package com.partnerportal.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The signed-in sessions of one account, on every instance: Spring Session keeps them in
 * the database under the account's e-mail address (the principal name).
 */
@Service
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session signed in as the account, so that whoever holds one must sign in
	 * again: after a password reset, the old password's sessions must not live on.
	 * @param email the account's e-mail address, as stored
	 * @return how many sessions were ended
	 */
	public int endAll(String email) {
		var signedIn = this.sessions.findByPrincipalName(email).keySet();
		signedIn.forEach(this.sessions::deleteById);
		return signedIn.size();
	}

}
