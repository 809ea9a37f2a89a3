package com.partnerportal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.partnerportal.security.PortalUser;

/**
 * Signs tests in as the demo data's accounts and finds the demo organisations' and
 * services' ids, so that tests run against the same accounts a person would use. Not a
 * bean: component scanning would otherwise put it into every test context of the project.
 */
public final class DemoAccounts {

	public static final String ADATUM_ADMIN = "ga@adatum.test";

	public static final String CONTOSO_ADMIN = "ga@contoso.test";

	public static final String CONTOSO_USER = "user@contoso.test";

	public static final String FABRIKAM = "Fabrikam Cloud Partners";

	public static final String NORTHWIND = "Northwind Advisors";

	private final @Nullable UserDetailsService users;

	private final JdbcClient jdbc;

	/**
	 * For tests with the whole application: signs in and finds ids.
	 * @param users the application's user details service
	 * @param jdbc the test database
	 */
	public DemoAccounts(UserDetailsService users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * For slice tests without the security beans, such as {@code @DataJpaTest}: finds ids
	 * only.
	 * @param jdbc the test database
	 */
	public DemoAccounts(JdbcClient jdbc) {
		this.users = null;
		this.jdbc = jdbc;
	}

	/**
	 * @param email the account's e-mail address
	 * @return the account as it is signed in
	 */
	public PortalUser user(String email) {
		if (this.users == null) {
			throw new IllegalStateException("This test context has no UserDetailsService");
		}
		return (PortalUser) this.users.loadUserByUsername(email);
	}

	public Long partnerId(String name) {
		return this.jdbc.sql("select id from partner where name = ?").param(name).query(Long.class).single();
	}

	public Long customerId(String domain) {
		return this.jdbc.sql("select id from customer where domain = ?").param(domain).query(Long.class).single();
	}

	public Long serviceId(String code) {
		return this.jdbc.sql("select id from cloud_service where code = ?").param(code).query(Long.class).single();
	}

}
