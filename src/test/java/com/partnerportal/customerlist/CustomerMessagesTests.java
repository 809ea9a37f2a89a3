package com.partnerportal.customerlist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.partnerportal.subscription.SubscriptionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the Customers templates and enums use is in the feature's bundle.
 */
class CustomerMessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{((?:customers|subscription)\\.[A-Za-z0-9_.]+)");

	@Test
	void bundleWhenTemplatesAndEnumsUseKeysThenDefinesThemAll() throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/customers.properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
		}
		Set<String> used = new TreeSet<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath:templates/customers/*.html")) {
			Matcher matcher = KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		for (String column : new String[] { "company", "domain", "country", "since" }) {
			used.add("customers.column." + column);
		}
		for (DelegatedAdminState state : DelegatedAdminState.values()) {
			used.add("customers.dap.state." + state.name());
		}
		for (PartnerOfRecord partner : PartnerOfRecord.values()) {
			used.add("customers.subscriptions.partnerOfRecord." + partner.name());
		}
		for (SubscriptionStatus status : SubscriptionStatus.values()) {
			used.add("subscription.status." + status.name());
		}

		assertThat(used).hasSizeGreaterThan(30);
		assertThat(bundle.stringPropertyNames()).containsAll(used);
	}

}
