package com.partnerportal.generator;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The generator's settings, {@code portal.generate.*}.
 *
 * @param customers the main partner's customers
 * @param pendingCustomers customers waiting to accept invitations
 * @param activityEntries activity-log entries; ten per customer if not set
 * @param password every generated account's password
 * @param output the directory the sign-in details are written to
 */
@ConfigurationProperties("portal.generate")
record GeneratorProperties(@DefaultValue("100000") int customers, @DefaultValue("200") int pendingCustomers,
		@Nullable Integer activityEntries, @DefaultValue("bench-password") String password,
		@DefaultValue("target/bench") Path output) {

	DataSetSize size() {
		int entries = (this.activityEntries != null) ? this.activityEntries : this.customers * 10;
		return new DataSetSize(this.customers, this.pendingCustomers, entries, this.password);
	}

}
