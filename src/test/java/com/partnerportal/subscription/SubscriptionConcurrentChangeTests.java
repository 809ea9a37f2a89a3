package com.partnerportal.subscription;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two people change the same subscription at the same moment: the one whose transaction
 * commits second is told that someone else changed it, and nothing of theirs is written.
 * The service says so itself, with the domain's exception rather than the database's. Not
 * transactional, so that each request commits as in production; the other connection's
 * change is taken back afterwards, as the context and its demo data are shared.
 */
@PortalTest
class SubscriptionConcurrentChangeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	SubscriptionOperations operations;

	private @Nullable Runnable undoTheOtherChange;

	@AfterEach
	void takeBackTheOtherChange() {
		if (this.undoTheOtherChange != null) {
			this.undoTheOtherChange.run();
		}
	}

	@Autowired
	Clock clock;

	@Test
	void addSeatsWhenSomeoneElseCommitsAChangeMeanwhileThenToldAndNothingWritten() {
		Long customerId = this.demo.customerId("falcon-foods.test");
		Long id = this.jdbc.sql("select id from subscription where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		// The demo's history of this customer comes first.
		long entriesBefore = this.jdbc.sql("select count(*) from activity_log where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		AtomicBoolean raced = raceOnTheClock(id);

		assertThat(this.mvc.post()
			.uri("/partner/customers/" + customerId + "/subscriptions/" + id + "/seats/add")
			.with(this.demo.signedIn("ga@fabrikam.test"))
			.with(csrf())
			.param("seats", "5")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Someone else changed this subscription while you were on this page, so nothing was changed.",
					"120 (the offer allows 1 to 10,000)");
		assertThat(this.jdbc.sql("select seats from subscription where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(120);
		assertThat(raced).isTrue();
		assertThat(this.jdbc.sql("select count(*) from activity_log where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isEqualTo(entriesBefore);
	}

	@Test
	void addSeatsWhenSomeoneElseCommitsAChangeMeanwhileThenTheServiceAnswersInTheDomainsTerms() {
		Long customerId = this.demo.customerId("adatum.test");
		Long id = this.jdbc.sql("select s.id from subscription s where s.customer_id = ? and s.offer_name = ?")
			.param(customerId)
			.param("Microsoft 365 Business Standard")
			.query(Long.class)
			.single();
		long version = this.jdbc.sql("select version from subscription where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		AtomicBoolean raced = raceOnTheClock(id);

		assertThatExceptionOfType(SubscriptionChangedException.class).isThrownBy(() -> this.operations
			.addSeats(this.demo.partnerActor(DemoAccounts.FABRIKAM_ADMIN), customerId, id, version, 5));
		assertThat(raced).isTrue();
		assertThat(this.jdbc.sql("select seats from subscription where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(120);
	}

	/**
	 * The activity log asks the time inside the operation's transaction, once the
	 * subscription is read and changed in memory: just then, another connection changes
	 * and commits the same row.
	 * @return whether the other connection has changed it
	 */
	private AtomicBoolean raceOnTheClock(Long id) {
		Map<String, Object> before = this.jdbc.sql("select seats, version from subscription where id = ?")
			.param(id)
			.query()
			.singleRow();
		this.undoTheOtherChange = () -> this.jdbc.sql("update subscription set seats = ?, version = ? where id = ?")
			.params(before.get("seats"), before.get("version"), id)
			.update();
		AtomicBoolean raced = new AtomicBoolean();
		doAnswer((invocation) -> {
			if (raced.compareAndSet(false, true)) {
				CompletableFuture
					.runAsync(() -> this.jdbc
						.sql("update subscription set seats = 120, version = version + 1 where id = ?")
						.param(id)
						.update())
					.join();
			}
			return invocation.callRealMethod();
		}).when(this.clock).instant();
		return raced;
	}

}
