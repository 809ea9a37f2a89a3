package com.partnerportal.admin;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.relationship.ResellerRelationship;
import com.partnerportal.admin.internal.RelationshipQueries;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts the database keeps for the relationships-per-service page stay exact through
 * every change a relationship goes through: established, delegated admin granted,
 * removed, restored and moved to another partner, ended with its delegated admin, and
 * re-established. After each change, written in its transaction, they equal the counts of
 * the rows themselves.
 */
@PortalTest
@Transactional
class RelationshipCountsTests {

	private static final String LITWARE = "Litware Brasil";

	@Autowired
	RelationshipQueries queries;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoRelationships fixtures;

	@Autowired
	ResellerRelationshipRepository relationships;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	private long active;

	private Map<Long, Long> holders = Map.of();

	/**
	 * Starts from exact counts: other tests of the shared context write relationships
	 * straight into the tables.
	 */
	@BeforeEach
	void countsBefore() {
		for (String recount : RelationshipRecount.STATEMENTS) {
			this.jdbc.sql(recount).update();
		}
		assertCountsExact();
		this.active = this.queries.activeRelationships();
		this.holders = this.queries.delegatedAdmin();
	}

	@Test
	void countsWhenRelationshipsAndTheirDelegatedAdminChangeThenStayExact() {
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long litware = this.demo.partnerId(LITWARE);
		// A customer of Fabrikam's that Litware has no relationship with, and a service
		// nobody holds delegated admin for there.
		Long[] customerAndService = this.jdbc
			.sql("""
					select r.customer_id, s.id from reseller_relationship r join cloud_service s on s.delegated_admin_applies
					where r.partner_id = ? and r.state = 'ACTIVE'
					and not exists (select 1 from reseller_relationship o where o.customer_id = r.customer_id
						and o.partner_id = ?)
					and not exists (select 1 from delegated_admin_grant g where g.customer_id = r.customer_id
						and g.service_id = s.id and g.active)
					order by r.customer_id, s.id""")
			.params(fabrikam, litware)
			.query((row, number) -> new Long[] { row.getLong(1), row.getLong(2) })
			.list()
			.get(0);
		Long customer = customerAndService[0];
		CloudService service = this.catalogue.findById(customerAndService[1]).orElseThrow();
		Long serviceId = service.getId();
		Instant now = Instant.now();

		ResellerRelationship ofLitware = this.fixtures.relate(LITWARE, customer, now);
		expect(1, serviceId, 0);

		ofLitware.grantDelegatedAdmin(service, now, DemoRelationships.SET_UP);
		ofLitware = this.relationships.save(ofLitware);
		expect(1, serviceId, 1);

		ofLitware.removeDelegatedAdmin(serviceId, now, DemoRelationships.SET_UP);
		ofLitware = this.relationships.save(ofLitware);
		expect(1, serviceId, 0);

		ofLitware.grantDelegatedAdmin(service, now, DemoRelationships.SET_UP);
		ofLitware = this.relationships.save(ofLitware);
		expect(1, serviceId, 1);

		ResellerRelationship ofFabrikam = this.relationships.findByPartnerIdAndCustomerId(fabrikam, customer)
			.orElseThrow();
		ofLitware.moveDelegatedAdminAway(serviceId, ofFabrikam.getPartner(), now, DemoRelationships.SET_UP);
		ofLitware = this.relationships.saveAndFlush(ofLitware);
		ofFabrikam.takeOverDelegatedAdmin(service, ofLitware.getPartner(), now, DemoRelationships.SET_UP);
		ofFabrikam = this.relationships.save(ofFabrikam);
		expect(1, serviceId, 1);

		ofFabrikam.moveDelegatedAdminAway(serviceId, ofLitware.getPartner(), now, DemoRelationships.SET_UP);
		ofFabrikam = this.relationships.saveAndFlush(ofFabrikam);
		ofLitware.takeOverDelegatedAdmin(service, ofFabrikam.getPartner(), now, DemoRelationships.SET_UP);
		ofLitware = this.relationships.save(ofLitware);
		expect(1, serviceId, 1);

		ofLitware.end(now, DemoRelationships.SET_UP);
		ofLitware = this.relationships.save(ofLitware);
		expect(0, serviceId, 0);

		ofLitware.reestablish(now, DemoRelationships.SET_UP);
		this.relationships.save(ofLitware);
		expect(1, serviceId, 0);
	}

	/**
	 * The counts kept have moved by these much from before the test, and equal the counts
	 * of the rows.
	 */
	private void expect(long activeChange, Long serviceId, long holdersChange) {
		this.entityManager.flush();
		assertThat(this.queries.activeRelationships()).isEqualTo(this.active + activeChange);
		assertThat(this.queries.delegatedAdmin().get(serviceId))
			.isEqualTo(this.holders.getOrDefault(serviceId, 0L) + holdersChange);
		assertCountsExact();
	}

	private void assertCountsExact() {
		assertThat(this.queries.activeRelationships()).as("active relationships")
			.isEqualTo(this.jdbc.sql("select count(*) from reseller_relationship where state = 'ACTIVE'")
				.query(Long.class)
				.single());
		Map<Long, Long> kept = this.queries.delegatedAdmin();
		for (Long serviceId : this.jdbc.sql("select id from cloud_service").query(Long.class).list()) {
			assertThat(kept.get(serviceId)).as("holders of service %s", serviceId)
				.isEqualTo(this.jdbc
					.sql("select count(*) from delegated_admin_grant where service_id = ? and active = true")
					.param(serviceId)
					.query(Long.class)
					.single());
		}
	}

}
