package com.partnerportal.relationship;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.partnerportal.security.PortalUser;

/**
 * Signs tests in as the demo data's accounts and finds the demo organisations' ids, so
 * that tests run against the same accounts a person would use. Not a bean: component
 * scanning would otherwise put it into every test context of the project.
 */
class DemoAccounts {

	static final String ADATUM_ADMIN = "ga@adatum.test";

	static final String CONTOSO_ADMIN = "ga@contoso.test";

	static final String CONTOSO_USER = "user@contoso.test";

	static final String FABRIKAM = "Fabrikam Cloud Partners";

	static final String NORTHWIND = "Northwind Advisors";

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	DemoAccounts(UserDetailsService users, JdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	PortalUser user(String email) {
		return (PortalUser) this.users.loadUserByUsername(email);
	}

	Long partnerId(String name) {
		return this.jdbc.queryForObject("select id from partner where name = ?", Long.class, name);
	}

	Long serviceId(String code) {
		return this.jdbc.queryForObject("select id from cloud_service where code = ?", Long.class, code);
	}

	Long customerId(String domain) {
		return this.jdbc.queryForObject("select id from customer where domain = ?", Long.class, domain);
	}

}
