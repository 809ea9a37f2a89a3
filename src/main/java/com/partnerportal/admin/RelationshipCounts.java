package com.partnerportal.admin;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.relationship.DelegatedAdminGranted;
import com.partnerportal.relationship.DelegatedAdminRemoved;
import com.partnerportal.relationship.DelegatedAdminRestored;
import com.partnerportal.relationship.NamedService;
import com.partnerportal.relationship.RelationshipEnded;
import com.partnerportal.relationship.RelationshipEstablished;
import com.partnerportal.relationship.RelationshipReestablished;

/**
 * How many relationships are active, and per service how many of them hold delegated
 * admin for it, kept by the database (V21) and changed in the transaction of each change
 * to a relationship, from its event: the relationships-per-service page reads them
 * ({@link RelationshipQueries#activeRelationships()}) instead of counting the
 * relationships on every request. A delegated admin moved from one partner to another
 * changes no count. {@link RelationshipRecount} counts them all again after each
 * migration, for the rows written without events.
 * <p>
 * Every change of a count updates one row, which the change's transaction then holds
 * until it commits: changes to relationships wait for one another there, which at the
 * rate people change relationships costs nothing.
 */
@Component
class RelationshipCounts {

	private final JdbcClient jdbc;

	RelationshipCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipEstablished established) {
		changeActiveRelationships(1);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipReestablished reestablished) {
		changeActiveRelationships(1);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipEnded ended) {
		changeActiveRelationships(-1);
		changeDelegatedAdmin(ended.delegatedAdminEnded(), -1);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DelegatedAdminGranted granted) {
		changeDelegatedAdmin(List.of(granted.service()), 1);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DelegatedAdminRestored restored) {
		changeDelegatedAdmin(List.of(restored.service()), 1);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DelegatedAdminRemoved removed) {
		changeDelegatedAdmin(List.of(removed.service()), -1);
	}

	private void changeActiveRelationships(int change) {
		this.jdbc.sql("update active_relationship_count set how_many = how_many + ? where id = 1")
			.param(change)
			.update();
	}

	private void changeDelegatedAdmin(List<NamedService> services, int change) {
		for (NamedService service : services) {
			this.jdbc.sql("update delegated_admin_count set how_many = how_many + ? where service_id = ?")
				.params(change, service.id())
				.update();
		}
	}

}
