package com.partnerportal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Many plain customers of one partner, written straight in SQL, for tests that show a
 * page's cost does not grow with the data. They are named "Zz Customer n" with domains
 * {@code zz-n.test}, so that the demo customers stay on the first pages, in four
 * countries (Spain, Germany, Belgium, France) whose codes and names sort differently.
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
		// Numbered on from the ones added before, so that a test can add more.
		long added = this.jdbc.sql("select count(*) from customer where domain like :domains")
			.param("domains", DOMAINS)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into customer (company_name, domain, country, cloud, created_at)
				with recursive n (i) as (select cast(:from as integer) union all select i + 1 from n where i < :to)
				select 'Zz Customer ' || i, 'zz-' || i || '.test',
				    case mod(i, 4) when 0 then 'ES' when 1 then 'DE' when 2 then 'BE' else 'FR' end,
				    'PUBLIC', current_timestamp from n""").param("from", added + 1).param("to", added + count).update();
		// Their name words (V16), as the portal writes them with a customer it creates:
		// "zz", "customer" and the number.
		this.jdbc
			.sql("""
					insert into customer_name_word (customer_id, word, name_key)
					select id, 'zz', lower(company_name) from customer where id > :before
					union all select id, 'customer', lower(company_name) from customer where id > :before
					union all select id, substring(company_name, 13), lower(company_name) from customer where id > :before""")
			.param("before", before)
			.update();
		this.jdbc.sql("""
				insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)
				select :partnerId, id, 'RESELLER', 'ACTIVE', current_timestamp from customer where id > :before""")
			.param("partnerId", partnerId)
			.param("before", before)
			.update();
		// And the partner's entries of them (V18), as the portal writes them with each
		// relationship it establishes.
		this.jdbc.sql("""
				insert into partner_customer_word (partner_id, customer_id, word, name_key)
				select :partnerId, customer_id, word, name_key from customer_name_word where customer_id > :before""")
			.param("partnerId", partnerId)
			.param("before", before)
			.update();
	}

}
