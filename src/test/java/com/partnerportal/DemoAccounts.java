package com.partnerportal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.partnerportal.customer.CustomerActor;
import com.partnerportal.partner.PartnerActor;
import com.partnerportal.security.PortalUser;

/**
 * Signs tests in as the demo data's accounts and finds the demo organisations' and
 * services' ids, so that tests run against the same accounts a person would use. A
 * component of the test tree: {@code @SpringBootTest} contexts find it by component
 * scanning, so tests just autowire it and the context cache stays shared; slice tests
 * such as {@code @DataJpaTest}, which scan no components, {@code @Import} it.
 */
@Component
public final class DemoAccounts {

	public static final String PLATFORM_ADMIN = "admin@portal.test";

	public static final String FABRIKAM_ADMIN = "ga@fabrikam.test";

	public static final String NORTHWIND_ADMIN = "ga@northwind.test";

	public static final String ADATUM_ADMIN = "ga@adatum.test";

	public static final String CONTOSO_ADMIN = "ga@contoso.test";

	public static final String CONTOSO_USER = "user@contoso.test";

	public static final String FABRIKAM = "Fabrikam Cloud Partners";

	public static final String NORTHWIND = "Northwind Advisors";

	private final ObjectProvider<UserDetailsService> users;

	private final JdbcClient jdbc;

	/**
	 * @param users the application's user details service; slice tests have none, and can
	 * then only find ids
	 * @param jdbc the test database
	 */
	DemoAccounts(ObjectProvider<UserDetailsService> users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * @param email the account's e-mail address
	 * @return the account as it is signed in
	 */
	public PortalUser user(String email) {
		return (PortalUser) this.users.getObject().loadUserByUsername(email);
	}

	/**
	 * @param email a partner user's address
	 * @return that user as the services see the one who acts
	 */
	public PartnerActor partnerActor(String email) {
		PortalUser user = user(email);
		return new PartnerActor(user.actor(), user.partnerId(), user.partnerRole());
	}

	/**
	 * @param email a customer user's address
	 * @return that user as the services see the one who acts
	 */
	public CustomerActor customerActor(String email) {
		PortalUser user = user(email);
		return new CustomerActor(user.actor(), user.customerId(), user.customerRole());
	}

	/**
	 * @param email the account's e-mail address
	 * @return a MockMvc request signed in as that account
	 */
	public RequestPostProcessor signedIn(String email) {
		return SecurityMockMvcRequestPostProcessors.user(user(email));
	}

	public Long partnerId(String name) {
		return this.jdbc.sql("select id from partner where name = ?").param(name).query(Long.class).single();
	}

	public Long customerId(String domain) {
		return this.jdbc.sql("select id from customer where domain = ?").param(domain).query(Long.class).single();
	}

	public Long offerId(String name) {
		return this.jdbc.sql("select id from offer where name = ?").param(name).query(Long.class).single();
	}

	public Long addonId(String name) {
		return this.jdbc.sql("select id from addon_offer where name = ?").param(name).query(Long.class).single();
	}

	public Long serviceId(String code) {
		return this.jdbc.sql("select id from cloud_service where code = ?").param(code).query(Long.class).single();
	}

}
