package com.partnerportal.notification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification reach a person by e-mail as well. Every kind does until the
 * person turns it off on Settings, so only the kinds turned off are stored; every kind
 * always appears in the portal.
 */
@Service
public class NotificationMailChoices {

	private final JdbcClient jdbc;

	NotificationMailChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param accountId an account
	 * @return the kinds it gets by e-mail
	 */
	@Transactional(readOnly = true)
	public Set<NotificationKind> mailed(Long accountId) {
		Set<NotificationKind> mailed = EnumSet.allOf(NotificationKind.class);
		this.jdbc.sql("select kind from notification_mail_opt_out where account_id = ?")
			.param(accountId)
			.query(String.class)
			.list()
			.forEach((kind) -> mailed.removeIf((known) -> known.name().equals(kind)));
		return mailed;
	}

	/**
	 * @param accountId an account
	 * @param mailed the kinds it chose to get by e-mail; the others it gets in the portal
	 * only
	 */
	@Transactional
	public void choose(Long accountId, Collection<NotificationKind> mailed) {
		this.jdbc.sql("delete from notification_mail_opt_out where account_id = ?").param(accountId).update();
		for (NotificationKind kind : NotificationKind.values()) {
			if (!mailed.contains(kind)) {
				this.jdbc.sql("insert into notification_mail_opt_out (account_id, kind) values (?, ?)")
					.params(accountId, kind.name())
					.update();
			}
		}
	}

	boolean mails(Long accountId, NotificationKind kind) {
		return this.jdbc.sql("select count(*) from notification_mail_opt_out where account_id = ? and kind = ?")
			.params(accountId, kind.name())
			.query(Long.class)
			.single() == 0;
	}

}
