package com.partnerportal.customerlist;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each partner's entries of its customers' words (V18) are exactly the words of its
 * active customers: filled for the demo data after the migrations, and kept in the
 * transaction of each relationship's establishment, end and re-establishment, so that the
 * search, which reads nothing else, finds a customer exactly while the relationship is in
 * force.
 */
@PortalTest
@Transactional
class PartnerCustomerWordsTests {

	private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

	/**
	 * The entries there are and the words of the active relationships' customers, as
	 * their differences either way: none when the index is exact.
	 */
	private static final String MISSING = "select r.partner_id, w.customer_id, w.word, w.name_key"
			+ " from reseller_relationship r join customer_name_word w on w.customer_id = r.customer_id"
			+ " where r.state = 'ACTIVE' except select partner_id, customer_id, word, name_key"
			+ " from partner_customer_word";

	private static final String EXTRA = "select partner_id, customer_id, word, name_key from partner_customer_word"
			+ " except select r.partner_id, w.customer_id, w.word, w.name_key"
			+ " from reseller_relationship r join customer_name_word w on w.customer_id = r.customer_id"
			+ " where r.state = 'ACTIVE'";

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships relationships;

	@Autowired
	ResellerRelationshipRepository repository;

	@Autowired
	CustomerListQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterMigrationThenTheEntriesAreTheWordsOfEveryPartnersActiveCustomers() {
		assertThat(this.jdbc.sql("select count(*) from partner_customer_word").query(Long.class).single())
			.isGreaterThan(100);
		assertThat(differences()).isEmpty();
	}

	@Test
	void relationshipWhenEstablishedEndedAndReestablishedThenTheEntriesFollowInTheSameTransaction() {
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		Long cedar = this.demo.customerId("cedar-robotics.test");
		assertThat(found(northwind, "robotics")).doesNotContain(cedar);

		ResellerRelationship relationship = this.relationships.relate(DemoAccounts.NORTHWIND, cedar, AT);
		assertThat(found(northwind, "robotics")).contains(cedar);
		assertThat(found(northwind, "cedar robot")).containsExactly(cedar);
		assertThat(differences()).isEmpty();

		relationship.end(AT.plusSeconds(60), DemoRelationships.SET_UP);
		this.repository.save(relationship);
		assertThat(found(northwind, "robotics")).doesNotContain(cedar);
		assertThat(differences()).isEmpty();

		relationship.reestablish(AT.plusSeconds(120), DemoRelationships.SET_UP);
		this.repository.save(relationship);
		assertThat(found(northwind, "cedar")).containsExactly(cedar);
		assertThat(differences()).isEmpty();
		// Fabrikam's own customer stays Fabrikam's all along.
		assertThat(found(this.demo.partnerId(DemoAccounts.FABRIKAM), "cedar robotics")).containsExactly(cedar);
	}

	private List<Long> found(Long partnerId, String search) {
		return this.queries.customers(partnerId, search, CustomerOrder.DEFAULT, 0, null)
			.rows()
			.stream()
			.map(CustomerRow::id)
			.toList();
	}

	private List<String> differences() {
		return this.jdbc.sql(MISSING + " union all " + EXTRA)
			.query((row, number) -> row.getLong(1) + "/" + row.getLong(2) + "/" + row.getString(3))
			.list();
	}

}
