package com.partnerportal.relationship;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;
import com.partnerportal.PortalTest;
import com.partnerportal.relationship.PartnerRelationshipsView.DelegatedAdminStatus;
import com.partnerportal.relationship.PartnerRelationshipsView.ServiceSection;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@Transactional
class PartnerRelationshipsTests {

	@Autowired
	PartnerRelationships relationships;

	@Autowired
	ResellerRelationshipRepository repository;

	@Autowired
	DemoRelationships demoRelationships;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private Long adatum;

	@BeforeEach
	void setUp() {
		this.adatum = this.demo.customerId("adatum.test");
	}

	@Test
	void overviewWhenAdatumThenFabrikamPerServiceWithDelegatedAdminWhereItApplies() {
		PartnerRelationshipsView overview = this.relationships.overview(this.adatum);

		assertThat(overview.partners()).singleElement().satisfies((partner) -> {
			assertThat(partner.name()).isEqualTo(DemoAccounts.FABRIKAM);
			assertThat(partner.relationshipType()).isEqualTo(RelationshipType.RESELLER);
			assertThat(partner.delegatedAdminServices()).isEqualTo(2);
		});
		assertThat(overview.services()).extracting(ServiceSection::name)
			.containsExactly("Azure Active Directory", "Office 365", "Dynamics 365", "Azure");
		assertThat(overview.services()).flatExtracting(ServiceSection::rows)
			.extracting(PartnerRelationshipsView.ServiceRow::delegatedAdmin)
			.containsExactly(DelegatedAdminStatus.HELD, DelegatedAdminStatus.HELD, DelegatedAdminStatus.NOT_APPLICABLE,
					DelegatedAdminStatus.NOT_APPLICABLE);
		assertThat(overview.services().get(0).rows().get(0).delegatedAdminSince()).isNotNull();
		assertThat(overview.anyDelegatedAdmin()).isTrue();
	}

	@Test
	void overviewWhenNoPartnerThenEmpty() {
		PartnerRelationshipsView overview = this.relationships.overview(this.demo.customerId("contoso.test"));

		assertThat(overview.isEmpty()).isTrue();
		assertThat(overview.anyDelegatedAdmin()).isFalse();
	}

	@Test
	void overviewWhenRelationshipEndedThenPartnerNotShown() {
		ResellerRelationship fabrikam = this.repository
			.findByPartnerIdAndCustomerId(this.demo.partnerId(DemoAccounts.FABRIKAM), this.adatum)
			.orElseThrow();
		fabrikam.end(Instant.parse("2026-06-01T08:00:00Z"), DemoRelationships.SET_UP);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.relationships.overview(this.adatum).isEmpty()).isTrue();
	}

	@Test
	void overviewWhenMorePartnersThenSameNumberOfQueries() {
		long withOnePartner = statementsFor(this.adatum);
		relateAdatumWith(DemoAccounts.NORTHWIND);
		relateAdatumWith("Litware Brasil");

		PartnerRelationshipsView overview = this.relationships.overview(this.adatum);
		long withThreePartners = statementsFor(this.adatum);

		assertThat(overview.partners()).extracting(PartnerRelationshipsView.PartnerSummary::name)
			.containsExactly(DemoAccounts.FABRIKAM, "Litware Brasil", DemoAccounts.NORTHWIND);
		// The relationships with their partners and grants; the catalogue is held in
		// memory.
		assertThat(withOnePartner).isEqualTo(1);
		assertThat(withThreePartners).isEqualTo(1);
	}

	@Test
	void globalAdminNamesWhenContosoThenOnlyItsGlobalAdmin() {
		assertThat(this.relationships.globalAdminNames(this.demo.customerId("contoso.test")))
			.containsExactly("Elena Navarro");
	}

	private long statementsFor(Long customerId) {
		this.entityManager.flush();
		this.entityManager.clear();
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		// The context is shared, and the query count tests read the statistics too: they
		// are
		// left as they were found.
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			PartnerRelationshipsView overview = this.relationships.overview(customerId);
			// Touch everything the page reads, so lazy loading would show up in the
			// count.
			overview.services()
				.forEach((section) -> section.rows().forEach(PartnerRelationshipsView.ServiceRow::country));
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	private void relateAdatumWith(String partnerName) {
		Instant at = Instant.parse("2026-02-01T08:00:00Z");
		ResellerRelationship relationship = this.demoRelationships.relate(partnerName, this.adatum, at);
		if (!relationship.getPartner().isCspMember()) {
			this.demoRelationships.grant(relationship, "AZURE_AD", at);
		}
		this.entityManager.flush();
	}

}
