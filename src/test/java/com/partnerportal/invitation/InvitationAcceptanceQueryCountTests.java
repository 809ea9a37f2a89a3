package com.partnerportal.invitation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.PortalTest;
import com.partnerportal.DemoAccounts;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Accepting an invitation works its plan out once: what it reads to decide (the user, the
 * customer, the link and its partner, the relationship, the customer's other partners,
 * the partner's territory) is read once.
 */
@PortalTest
@Transactional
class InvitationAcceptanceQueryCountTests {

	/**
	 * Six reads (the user, the customer, the link with its partner, the relationship, the
	 * customer's other partners, the territory; the catalogue is held in memory) and
	 * fifteen writes: the relationship, two grants, their history, the agreement, the
	 * answer, the activity log and the customer's words in the partner's index of them
	 * (one insert, whatever the number of words). Working the plan out again to carry it
	 * out, and reading the link again for the confirmation, cost four reads more.
	 */
	private static final long ACCEPTANCE_STATEMENTS = 21;

	/**
	 * The first showing in a session records the view: the link with its partner, the
	 * customer, the user, the relationship, the customer's other partners and the
	 * territory are read, and the view written. Working the plan out again for the page
	 * cost four reads more.
	 */
	private static final long FIRST_VIEW_STATEMENTS = 7;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	@Autowired
	InvitationLinks links;

	@Autowired
	DemoAccounts demo;

	private Statistics statistics;

	@BeforeEach
	void setUp() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void acceptWhenGlobalAdminAcceptsWithDelegatedAdminThenReadsWhatItNeedsOnce() {
		String token = fabrikamToken();
		this.statistics.clear();

		assertThat(this.mvc.post()
			.uri("/invitations/{token}/accept", token)
			.param("agreementAccepted", "true")
			.param("_agreementAccepted", "on")
			.with(this.demo.signedIn(DemoAccounts.CONTOSO_ADMIN))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/customer/partner-relationships");

		assertThat(this.statistics.getPrepareStatementCount()).isLessThanOrEqualTo(ACCEPTANCE_STATEMENTS);
	}

	@Test
	void acceptPageWhenFirstShownThenWorksThePlanOutOnce() {
		String token = fabrikamToken();
		this.statistics.clear();

		assertThat(this.mvc.get()
			.uri("/invitations/{token}/accept", token)
			.with(this.demo.signedIn(DemoAccounts.CONTOSO_ADMIN))).hasStatusOk().hasViewName("invitations/accept");

		assertThat(this.statistics.getPrepareStatementCount()).isLessThanOrEqualTo(FIRST_VIEW_STATEMENTS);
	}

	private String fabrikamToken() {
		PortalUser ana = this.demo.user(DemoAccounts.FABRIKAM_ADMIN);
		String token = this.links.invitationFor(ana.partnerId(), true, ana.actor()).token();
		// Written and forgotten, so that the acceptance reads what it needs as it would
		// in a request of its own.
		this.entityManager.flush();
		this.entityManager.clear();
		return token;
	}

}
