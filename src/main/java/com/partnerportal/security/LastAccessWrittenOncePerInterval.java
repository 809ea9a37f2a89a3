package com.partnerportal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as the session filter sees it, writing a session's last access at
 * most once per interval. The filter marks every session it hands a request as accessed
 * now, and the store writes that with an update of the session's row on every request,
 * however little time has passed; here a newer access time is kept only once the stored
 * one is an interval old. An idle session therefore ends after its timeout counted from
 * an access at most one interval before the last one: up to an interval early, never
 * late. Every other change to the session (its attributes, its id) is written as before.
 * Sessions are still found by their principal, so that an account's sessions can be
 * ended.
 *
 * @param <S> the store's own sessions
 */
final class LastAccessWrittenOncePerInterval<S extends Session>
		implements FindByIndexNameSessionRepository<LastAccessWrittenOncePerInterval.Tracked<S>> {

	private final FindByIndexNameSessionRepository<S> store;

	private final Duration interval;

	LastAccessWrittenOncePerInterval(FindByIndexNameSessionRepository<S> store, Duration interval) {
		this.store = store;
		this.interval = interval;
	}

	@Override
	public Tracked<S> createSession() {
		return new Tracked<>(this.store.createSession(), this.interval);
	}

	@Override
	public void save(Tracked<S> session) {
		this.store.save(session.stored);
	}

	@Override
	public @Nullable Tracked<S> findById(String id) {
		S stored = this.store.findById(id);
		return (stored != null) ? new Tracked<>(stored, this.interval) : null;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
	}

	@Override
	public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked<S>> found = new LinkedHashMap<>();
		this.store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> found.put(id, new Tracked<>(stored, this.interval)));
		return found;
	}

	/**
	 * A stored session whose last access moves only when the stored one is an interval
	 * old.
	 *
	 * @param <S> the store's own session
	 */
	static final class Tracked<S extends Session> implements Session {

		private final S stored;

		private final Duration interval;

		Tracked(S stored, Duration interval) {
			this.stored = stored;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(this.interval))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
