package com.partnerportal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Many plain customers of one partner, written straight in SQL, for tests that show a
 * page's cost does not grow with the data. They are named "Zz Customer n" with domains
 * {@code zz-n.test}, so that the demo customers stay on the first pages.
 */
@Component
public final class ManyCustomers {

	/** Matches the domains of the customers added, for a {@code like}. */
	public static final String DOMAINS = "zz-%";

	private final JdbcClient jdbc;

	ManyCustomers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param partnerId the partner the customers get an active reseller relationship with
	 * @param count how many
	 */
	public void add(Long partnerId, int count) {
		long before = this.jdbc.sql("select coalesce(max(id), 0) from customer").query(Long.class).single();
		this.jdbc.sql("""
				insert into customer (company_name, domain, country, cloud, created_at)
				with recursive n (i) as (select 1 union all select i + 1 from n where i < :count)
				select 'Zz Customer ' || i, 'zz-' || i || '.test', 'ES', 'PUBLIC', current_timestamp from n""")
			.param("count", count)
			.update();
		// Their name words (V16), as the portal writes them with a customer it creates:
		// "zz", "customer" and the number.
		this.jdbc.sql("""
				insert into customer_name_word (customer_id, word)
				select id, 'zz' from customer where id > :before
				union all select id, 'customer' from customer where id > :before
				union all select id, substring(company_name, 13) from customer where id > :before""")
			.param("before", before)
			.update();
		this.jdbc
			.sql("""
					insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)
					select :partnerId, id, 'RESELLER', 'ACTIVE', current_timestamp from customer where domain like :domains""")
			.param("partnerId", partnerId)
			.param("domains", DOMAINS)
			.update();
	}

}
