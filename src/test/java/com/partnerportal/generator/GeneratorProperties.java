package com.partnerportal.generator;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The generator's settings, {@code portal.generate.*}. They are bound by {@link #of}
 * rather than as {@code @ConfigurationProperties}, which the portal's properties scan
 * would otherwise register in every test's context.
 *
 * @param customers the main partner's customers
 * @param pendingCustomers customers waiting to accept invitations
 * @param activityEntries activity-log entries; ten per customer if not set
 * @param password every generated account's password
 * @param output the directory the sign-in details are written to
 */
record GeneratorProperties(@DefaultValue("100000") int customers, @DefaultValue("200") int pendingCustomers,
		@Nullable Integer activityEntries, @DefaultValue("bench-password") String password,
		@DefaultValue("target/bench") Path output) {

	/**
	 * @param environment the application's settings
	 * @return the {@code portal.generate.*} settings, with defaults for those not given
	 */
	static GeneratorProperties of(Environment environment) {
		return Binder.get(environment).bindOrCreate("portal.generate", GeneratorProperties.class);
	}

	DataSetSize size() {
		int entries = (this.activityEntries != null) ? this.activityEntries : this.customers * 10;
		return new DataSetSize(this.customers, this.pendingCustomers, entries, this.password);
	}

}
