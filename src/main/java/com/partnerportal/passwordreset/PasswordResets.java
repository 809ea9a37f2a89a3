package com.partnerportal.passwordreset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerportal.account.PasswordChanged;
import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.account.UserAccount;
import com.partnerportal.account.UserAccountRepository;
import com.partnerportal.mail.Mailer;
import com.partnerportal.security.AccountSessions;
import com.partnerportal.security.Attempt;
import com.partnerportal.security.AttemptThrottle;
import com.partnerportal.shared.LinkKey;

/**
 * Resets forgotten passwords through a link mailed to the account's address. Asking for a
 * link gives the same answer, and does the same throttled work, whether or not the
 * address has an account. Not a transaction itself: the throttle commits each request in
 * a transaction of its own before anything else happens, and the sessions of an account
 * whose password was reset are ended only once the new password has committed.
 */
@Service
class PasswordResets {

	/** A reset link's key carries 256 random bits. */
	private static final int RESET_KEY_BYTES = 32;

	private final UserAccountRepository accounts;

	private final PasswordResetRepository resets;

	private final PasswordEncoder passwordEncoder;

	private final AttemptThrottle throttle;

	private final PasswordResetProperties properties;

	private final PasswordResetMails mails;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final AccountSessions sessions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PasswordResets(UserAccountRepository accounts, PasswordResetRepository resets, PasswordEncoder passwordEncoder,
			AttemptThrottle throttle, PasswordResetProperties properties, PasswordResetMails mails, Mailer mailer,
			ApplicationEventPublisher events, AccountSessions sessions, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.accounts = accounts;
		this.resets = resets;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.properties = properties;
		this.mails = mails;
		this.mailer = mailer;
		this.events = events;
		this.sessions = sessions;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Mails a reset link to the address if an enabled account has it; otherwise does
	 * nothing, which the caller cannot tell.
	 * @param email the address typed
	 * @param language the language of the page, for an account that chose none
	 * @param clientAddress the address the request came from, which the throttle counts
	 * @param portalUrl the portal's absolute address, without a trailing slash
	 * @return {@code false} if too many links were asked for the address, or from the
	 * client address, and nothing was done
	 */
	boolean request(String email, Locale language, String clientAddress, String portalUrl) {
		Attempt attempt = this.throttle.reserve(this.properties.limits(), email, clientAddress);
		if (attempt.refused()) {
			return false;
		}
		this.transaction.executeWithoutResult((status) -> this.accounts.findByEmail(UserAccount.normalizeEmail(email))
			.filter(UserAccount::isEnabled)
			.ifPresent((account) -> mailLink(account, language, portalUrl)));
		// Every request counts, so that the limits say nothing about which addresses
		// have an account.
		attempt.failed(email);
		return true;
	}

	private void mailLink(UserAccount account, Locale language, String portalUrl) {
		LinkKey key = LinkKey.random(RESET_KEY_BYTES);
		this.resets.save(new PasswordReset(key, account.getId(), this.clock.instant(), this.properties.validity()));
		this.mailer.queue(this.mails.link(account, portalUrl + "/password-reset/" + key.value(),
				this.properties.validityMinutes(), language));
	}

	/**
	 * @param key the key from a reset link
	 * @throws ResetRefusedException if the link is unknown, used or expired
	 */
	void check(String key) {
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> find(key, false).requireUsableAt(now));
	}

	/**
	 * Sets the new password if it is acceptable and uses the link up, in one transaction,
	 * then ends every session of the account.
	 * @param key the key from a reset link
	 * @param password the new password
	 * @param confirmation the new password again
	 * @return what must change, empty when the password was set
	 * @throws ResetRefusedException if the link is unknown, used or expired
	 */
	List<ResetProblem> reset(String key, String password, String confirmation) {
		List<ResetProblem> problems = new ArrayList<>();
		Optional<String> changed = this.transaction.execute((status) -> {
			PasswordReset reset = find(key, true);
			Instant now = this.clock.instant();
			reset.requireUsableAt(now);
			UserAccount account = this.accounts.findById(reset.getAccountId())
				.orElseThrow(() -> new ResetRefusedException(ResetRefusal.UNKNOWN));
			PasswordPolicy.check(password, account.getEmail())
				.ifPresent((problem) -> problems
					.add(new ResetProblem("password", "passwordReset.password." + problem.name())));
			if (!password.equals(confirmation)) {
				problems.add(new ResetProblem("passwordConfirmation", "passwordReset.passwordConfirmation.mismatch"));
			}
			if (!problems.isEmpty()) {
				return Optional.<String>empty();
			}
			account.changePassword(Objects.requireNonNull(this.passwordEncoder.encode(password)));
			reset.use(now);
			this.events.publishEvent(PasswordChanged.of(account));
			return Optional.of(account.getEmail());
		});
		Objects.requireNonNull(changed).ifPresent(this.sessions::endAll);
		return problems;
	}

	private PasswordReset find(String key, boolean lock) {
		String hash = LinkKey.parse(key, RESET_KEY_BYTES)
			.orElseThrow(() -> new ResetRefusedException(ResetRefusal.UNKNOWN))
			.hash();
		return (lock ? this.resets.lockByKeyHash(hash) : this.resets.findByKeyHash(hash))
			.orElseThrow(() -> new ResetRefusedException(ResetRefusal.UNKNOWN));
	}

}
