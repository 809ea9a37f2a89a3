package com.partnerportal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * HTTP sessions as the portal keeps them: in the database, named by the cookie the
 * browser sends. MockMvc requests share a session the way browsers do, by sending its
 * cookie; the session filter looks sessions up by that cookie and ignores a
 * {@code MockHttpSession} passed to the request.
 */
@Component
public final class StoredSessions {

	/** Where Spring MVC's session flash map manager keeps the flash maps. */
	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final SessionRepository<? extends Session> repository;

	private final CookieSerializer cookies;

	StoredSessions(SessionRepository<? extends Session> repository, CookieSerializer cookies) {
		this.repository = repository;
		this.cookies = cookies;
	}

	/**
	 * @return the cookie of a new, empty session, saved in the store, as every browser
	 * that has signed in has one
	 */
	public Cookie create() {
		return cookieFor(saveNew(this.repository, Map.of()));
	}

	/**
	 * @param messageKey the key of a confirmation
	 * @param arguments its placeholders' values
	 * @return the cookie of a new session that carries the confirmation to the next page,
	 * as a redirect after {@code FlashMessages.confirm} leaves it
	 */
	public Cookie withFlash(String messageKey, Object... arguments) {
		FlashMap flash = new FlashMap();
		flash.put("flashMessage", messageKey);
		flash.put("flashArguments", arguments);
		return cookieFor(saveNew(this.repository, Map.of(FLASH_MAPS, new ArrayList<>(List.of(flash)))));
	}

	/**
	 * @param result a request's result
	 * @return the session cookie the response set: the one of a session it created, or of
	 * one whose id it renewed on signing in
	 * @throws AssertionError if the response set none
	 */
	public Cookie setBy(MvcTestResult result) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(result.getResponse().getCookies());
		List<String> ids = this.cookies.readCookieValues(request);
		if (ids.isEmpty()) {
			throw new AssertionError("The response set no session cookie");
		}
		return cookieFor(ids.get(0));
	}

	/**
	 * @param cookie a session cookie
	 * @return the session that cookie names, as stored
	 * @throws AssertionError if the store has no such session
	 */
	public Session find(Cookie cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(cookie);
		List<String> ids = this.cookies.readCookieValues(request);
		Session session = ids.isEmpty() ? null : this.repository.findById(ids.get(0));
		if (session == null) {
			throw new AssertionError("No stored session for cookie " + cookie.getName());
		}
		return session;
	}

	/**
	 * @param browser a browser that has been to the portal
	 * @return the session the browser's session cookie names, as stored
	 * @throws AssertionError if the browser has no session cookie or the store has no
	 * such session
	 */
	public Session of(PortalHttpClient browser) {
		String name = cookieFor("any").getName();
		String value = browser.cookie(name);
		if (value == null) {
			throw new AssertionError("The browser has no cookie " + name);
		}
		return find(new Cookie(name, value));
	}

	private Cookie cookieFor(String sessionId) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cookies.writeCookieValue(new CookieValue(request, response, sessionId));
		return response.getCookies()[0];
	}

	private static <S extends Session> String saveNew(SessionRepository<S> repository, Map<String, ?> attributes) {
		S session = repository.createSession();
		attributes.forEach(session::setAttribute);
		repository.save(session);
		return session.getId();
	}

}
