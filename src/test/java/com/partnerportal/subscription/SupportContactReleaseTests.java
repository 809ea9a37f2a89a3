package com.partnerportal.subscription;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.ActivityBaseline;
import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityLogEntry;
import com.partnerportal.customer.Customer;
import com.partnerportal.customer.CustomerRepository;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The support contacts a partner lets go of at one customer, and the subscriptions it
 * sold that keep it there. Adatum Italia: Fabrikam sold two active subscriptions and a
 * suspended one and is their support contact; the Azure plan was bought elsewhere.
 */
@PortalTest
@Transactional
class SupportContactReleaseTests {

	@Autowired
	SupportContactRelease release;

	@Autowired
	SoldSubscriptions soldSubscriptions;

	@Autowired
	PartnerRepository partners;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAccounts demo;

	private Partner fabrikam;

	private Partner northwind;

	private Customer adatum;

	private PortalUser ana;

	/**
	 * The demo gives Adatum months of history before the test.
	 */
	private ActivityBaseline activityBefore;

	@BeforeEach
	void setUp() {
		this.activityBefore = ActivityBaseline.take(this.jdbc);
		this.fabrikam = this.partners.findById(this.demo.partnerId(DemoAccounts.FABRIKAM)).orElseThrow();
		this.northwind = this.partners.findById(this.demo.partnerId(DemoAccounts.NORTHWIND)).orElseThrow();
		this.adatum = this.customers.findById(this.demo.customerId("adatum.test")).orElseThrow();
		this.ana = this.demo.user("ga@fabrikam.test");
	}

	@Test
	void activeWhenPartnerSoldSomeThenOnlyItsActiveOnesByService() {
		assertThat(this.soldSubscriptions.active(this.fabrikam.getId(), this.adatum.getId()))
			.extracting(SubscriptionFacts::offerName, SubscriptionFacts::status, SubscriptionFacts::partnerOfRecordName)
			.containsExactly(tuple("Azure AD Premium P1", SubscriptionStatus.ACTIVE, DemoAccounts.FABRIKAM),
					tuple("Microsoft 365 Business Standard", SubscriptionStatus.ACTIVE, DemoAccounts.FABRIKAM));
		assertThat(this.soldSubscriptions.active(this.northwind.getId(), this.adatum.getId())).isEmpty();
	}

	@Test
	void releaseWhenSupportContactOfOthersSubscriptionsThenEachFallsBackToItsPartnerOfRecord() {
		Long northwindSold = northwindSellsWithFabrikamAsSupportContact();
		Long otherCustomer = this.demo.customerId("keystone-clinics.test");
		List<String> elsewhere = supportContacts(otherCustomer);

		List<SubscriptionFacts> released = this.release.release(this.fabrikam, this.adatum, this.ana.actor());

		assertThat(released).hasSize(5);
		assertThat(supportContacts(this.adatum.getId())).containsExactly("Azure AD Premium P1=null", "Azure plan=null",
				"Dynamics 365 Sales Professional=null", "Microsoft 365 Business Standard=null",
				"Office 365 E1=" + this.northwind.getId());
		assertThat(supportContacts(otherCustomer)).isEqualTo(elsewhere);
		assertThat(this.jdbc.queryForObject("select version from subscription where id = ?", Long.class, northwindSold))
			.isEqualTo(1);
		assertThat(this.release.heldBy(this.fabrikam.getId(), this.adatum.getId())).isEmpty();
	}

	@Test
	void releaseWhenSupportContactsChangeThenOneEntryEach() {
		northwindSellsWithFabrikamAsSupportContact();

		this.release.release(this.fabrikam, this.adatum, this.ana.actor());

		List<ActivityLogEntry> entries = entriesWrittenFor(this.adatum.getId());
		assertThat(entries).hasSize(5)
			.allSatisfy((entry) -> assertThat(entry.getAction()).isEqualTo(ActivityAction.SUPPORT_CONTACT_CHANGED))
			.allSatisfy((entry) -> assertThat(entry.getPartnerId()).isEqualTo(this.fabrikam.getId()))
			.allSatisfy((entry) -> assertThat(entry.getActorId()).isEqualTo(this.ana.userId()));
		assertThat(entries).extracting(ActivityLogEntry::getOldValue, ActivityLogEntry::getNewValue)
			.contains(tuple("Office 365 E1: Fabrikam Cloud Partners", "Office 365 E1: Northwind Advisors"),
					tuple("Azure plan: Fabrikam Cloud Partners", "Azure plan: none"),
					tuple("Microsoft 365 Business Standard: Fabrikam Cloud Partners",
							"Microsoft 365 Business Standard: none"));
	}

	@Test
	void releaseWhenPartnerHoldsNoSupportContactThenNothingChangesOrIsLogged() {
		List<String> before = supportContacts(this.adatum.getId());

		assertThat(this.release.release(this.northwind, this.adatum, this.ana.actor())).isEmpty();

		assertThat(supportContacts(this.adatum.getId())).isEqualTo(before);
		assertThat(entriesWrittenFor(this.adatum.getId())).isEmpty();
	}

	@Test
	@Transactional(propagation = Propagation.NEVER)
	void releaseWhenNoTransactionThenRefusedSoItCannotOutliveTheChangeThatCausedIt() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.release.release(this.fabrikam, this.adatum, this.ana.actor()));
	}

	@Test
	void supportContactAfterReleaseWhenPartnerOfRecordIsAnotherThenThatPartnerElseNobody() {
		SubscriptionFacts sold = new SubscriptionFacts(1L, "Office 365 E1", "Office 365", 10, SubscriptionStatus.ACTIVE,
				2L, "Northwind Advisors");
		SubscriptionFacts elsewhere = new SubscriptionFacts(2L, "Azure plan", "Azure", 1, SubscriptionStatus.ACTIVE,
				null, null);

		assertThat(sold.supportContactAfterRelease(1L)).isEqualTo("Northwind Advisors");
		assertThat(sold.supportContactAfterRelease(2L)).isNull();
		assertThat(elsewhere.supportContactAfterRelease(1L)).isNull();
	}

	private Long northwindSellsWithFabrikamAsSupportContact() {
		this.jdbc.update("insert into subscription (customer_id, service_id, offer_name, seats, status,"
				+ " partner_of_record_id, support_contact_partner_id, created_at) values (?, ?, 'Office 365 E1', 10,"
				+ " 'ACTIVE', ?, ?, timestamp with time zone '2026-02-01 08:00:00+00')", this.adatum.getId(),
				this.demo.serviceId("OFFICE_365"), this.northwind.getId(), this.fabrikam.getId());
		this.jdbc.update("update subscription set support_contact_partner_id = ? where customer_id = ?"
				+ " and partner_of_record_id is null", this.fabrikam.getId(), this.adatum.getId());
		return this.jdbc.queryForObject(
				"select id from subscription where offer_name = 'Office 365 E1' and customer_id = ?", Long.class,
				this.adatum.getId());
	}

	private List<ActivityLogEntry> entriesWrittenFor(Long customerId) {
		return this.activityBefore.writtenSince(this.activityLog.entriesForCustomer(customerId));
	}

	private List<String> supportContacts(Long customerId) {
		return this.jdbc.query(
				"select offer_name, support_contact_partner_id from subscription where customer_id = ? order by offer_name",
				(row, number) -> row.getString(1) + "=" + row.getObject(2), customerId);
	}

}
