package com.partnerportal.relationship;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalJpaTest;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The mappings checked against the schema that Flyway builds (ddl-auto=validate), and the
 * rules that the schema itself enforces.
 */
@PortalJpaTest
class ResellerRelationshipRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Autowired
	EntityManager entityManager;

	@Autowired
	ResellerRelationshipRepository relationships;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Test
	void saveWhenGrantedThenGrantsAndHistoryArePersistedWithTheRelationship() {
		Partner partner = persist(new Partner("Contoso Reseller", "ES", Region.EUROPE, Cloud.PUBLIC, true, NOW));
		Customer customer = persist(new Customer("Tenant One", "tenant-one.test", "ES", Cloud.PUBLIC, NOW));
		ResellerRelationship relationship = ResellerRelationship.establish(partner, customer, NOW,
				DemoRelationships.SET_UP);
		relationship.grantDelegatedAdmin(service("AZURE_AD"), NOW, DemoRelationships.SET_UP);
		this.relationships.saveAndFlush(relationship);
		this.entityManager.clear();

		ResellerRelationship loaded = this.relationships.findByPartnerIdAndCustomerId(partner.getId(), customer.getId())
			.orElseThrow();
		assertThat(loaded.holdsDelegatedAdmin(service("AZURE_AD").getId())).isTrue();
		assertThat(loaded.getHistory()).extracting(RelationshipHistoryEntry::getAction)
			.containsExactlyInAnyOrder(RelationshipAction.ESTABLISHED, RelationshipAction.DELEGATED_ADMIN_GRANTED);
	}

	@Test
	void saveAndFlushWhenALoadedRelationshipGainsHistoryThenEveryEntryIsWritten() {
		Partner partner = persist(new Partner("Merge Partner", "ES", Region.EUROPE, Cloud.PUBLIC, true, NOW));
		Customer customer = persist(new Customer("Merge Tenant", "merge-tenant.test", "ES", Cloud.PUBLIC, NOW));
		this.relationships
			.saveAndFlush(ResellerRelationship.establish(partner, customer, NOW, DemoRelationships.SET_UP));
		this.entityManager.clear();
		ResellerRelationship loaded = this.relationships.findByPartnerIdAndCustomerId(partner.getId(), customer.getId())
			.orElseThrow();

		loaded.grantDelegatedAdmin(service("OFFICE_365"), NOW, DemoRelationships.SET_UP);
		this.relationships.saveAndFlush(loaded);

		Long entries = this.jdbc.sql("select count(*) from relationship_history where relationship_id = ?")
			.param(loaded.getId())
			.query(Long.class)
			.single();
		assertThat(entries).isEqualTo(2);
	}

	@Test
	void saveWhenSecondCspPartnerHoldsDelegatedAdminForTheSameServiceThenTheDatabaseRefuses() {
		Customer customer = persist(new Customer("Tenant Two", "tenant-two.test", "ES", Cloud.PUBLIC, NOW));
		CloudService directory = service("AZURE_AD");
		this.relationships.saveAndFlush(cspHolding(directory, customer, "First CSP"));
		ResellerRelationship second = cspHolding(directory, customer, "Second CSP");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.relationships.saveAndFlush(second));
	}

	private ResellerRelationship cspHolding(CloudService service, Customer customer, String partnerName) {
		Partner partner = persist(new Partner(partnerName, "ES", Region.EUROPE, Cloud.PUBLIC, true, NOW));
		ResellerRelationship relationship = ResellerRelationship.establish(partner, customer, NOW,
				DemoRelationships.SET_UP);
		relationship.grantDelegatedAdmin(service, NOW, DemoRelationships.SET_UP);
		return relationship;
	}

	@Test
	void saveWhenAdvisorHoldsDelegatedAdminBesideACspPartnerThenBothAreKept() {
		Customer customer = persist(new Customer("Tenant Three", "tenant-three.test", "ES", Cloud.PUBLIC, NOW));
		CloudService directory = service("AZURE_AD");
		Partner csp = persist(new Partner("The CSP", "ES", Region.EUROPE, Cloud.PUBLIC, true, NOW));
		Partner advisor = persist(new Partner("The Advisor", "ES", Region.EUROPE, Cloud.PUBLIC, false, NOW));
		for (Partner partner : new Partner[] { csp, advisor }) {
			ResellerRelationship relationship = ResellerRelationship.establish(partner, customer, NOW,
					DemoRelationships.SET_UP);
			relationship.grantDelegatedAdmin(directory, NOW, DemoRelationships.SET_UP);
			this.relationships.saveAndFlush(relationship);
		}
		Long holders = this.jdbc
			.sql("select count(*) from delegated_admin_grant where customer_id = ? and service_id = ? and active")
			.params(customer.getId(), directory.getId())
			.query(Long.class)
			.single();
		assertThat(holders).isEqualTo(2);
	}

	@Test
	void demoDataWhenLoadedThenAdatumHoldsFabrikamDelegatedAdminOnBothDirectoryServices() {
		Long adatum = this.demo.customerId("adatum.test");
		ResellerRelationship relationship = this.relationships
			.findByCustomerIdAndState(adatum, RelationshipState.ACTIVE)
			.get(0);
		assertThat(relationship.getPartner().getName()).isEqualTo("Fabrikam Cloud Partners");
		assertThat(this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder())
			.allMatch((service) -> relationship.holdsDelegatedAdmin(service.getId()));
	}

	private CloudService service(String code) {
		return this.catalogue.findById(this.demo.serviceId(code)).orElseThrow();
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
