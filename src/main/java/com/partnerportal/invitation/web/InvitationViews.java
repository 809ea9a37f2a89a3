package com.partnerportal.invitation.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * Remembers in the session which invitations' accept pages the signed-in user has seen,
 * so that the activity log records the first view of each invitation in a session, and
 * the refusal that view showed, but not every reload.
 */
final class InvitationViews {

	private static final String ATTRIBUTE = InvitationViews.class.getName() + ".tokens";

	private InvitationViews() {
	}

	/**
	 * @param session the user's session
	 * @param token an invitation's token
	 * @return whether the user has not seen that invitation's accept page in this session
	 * yet
	 */
	static boolean firstView(HttpSession session, String token) {
		return !tokens(session).contains(token);
	}

	/**
	 * @param session the user's session
	 * @param token an invitation's token whose view has been recorded
	 */
	static void recorded(HttpSession session, String token) {
		Set<String> tokens = new HashSet<>(tokens(session));
		tokens.add(token);
		session.setAttribute(ATTRIBUTE, tokens);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> tokens(HttpSession session) {
		Object tokens = session.getAttribute(ATTRIBUTE);
		return (tokens instanceof Set<?>) ? (Set<String>) tokens : Set.of();
	}

}
