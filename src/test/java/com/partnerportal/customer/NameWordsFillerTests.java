package com.partnerportal.customer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every customer has the words of its name once the migrations ran, the demo data's
 * customers (inserted by SQL after V16) too.
 */
@PortalTest
class NameWordsFillerTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterMigrationThenEveryCustomerHasTheWordsOfItsName() {
		assertThat(this.jdbc
			.sql("select count(*) from customer c where not exists"
					+ " (select 1 from customer_name_word w where w.customer_id = c.id)")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select word from customer_name_word w join customer c on c.id = w.customer_id"
					+ " where c.domain = 'contoso.test' order by word")
			.query(String.class)
			.list()).containsExactly("contoso", "iberia");
	}

}
