package com.partnerportal.customerlist;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.customer.NameWord;
import com.partnerportal.customer.NameWords;
import com.partnerportal.relationship.RelationshipEnded;
import com.partnerportal.relationship.RelationshipEstablished;
import com.partnerportal.relationship.RelationshipReestablished;

/**
 * Keeps each partner's index of its customers' name words ({@link PartnerCustomerWord},
 * V18) exact: a customer's words enter the partner's entries when their relationship is
 * established or re-established and leave them when it ends, in the transaction of that
 * change (the listeners join the publisher's and refuse to run without one), so that the
 * search, which reads the entries alone, finds the partner's active customers and no
 * others. One statement per change. Company names do not change once registered.
 */
@Component
class PartnerCustomerWords {

	static final String TABLE = "partner_customer_word";

	private final EntityManager entityManager;

	PartnerCustomerWords(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipEstablished event) {
		add(event.partnerId(), event.customerId(), event.customerName());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipReestablished event) {
		add(event.partnerId(), event.customerId(), event.customerName());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RelationshipEnded event) {
		statement("delete from " + TABLE + " where partner_id = ?1 and customer_id = ?2")
			.setParameter(1, event.partnerId())
			.setParameter(2, event.customerId())
			.executeUpdate();
	}

	/**
	 * The customer's words (as {@link NameWords} splits the name, the same as the
	 * customer's own, V16), in one insert of as many rows.
	 */
	private void add(Long partnerId, Long customerId, String companyName) {
		Set<String> words = NameWords.of(companyName);
		if (words.isEmpty()) {
			return;
		}
		String rows = IntStream.range(0, words.size())
			.mapToObj((row) -> IntStream.rangeClosed(4 * row + 1, 4 * row + 4)
				.mapToObj((position) -> "?" + position)
				.collect(Collectors.joining(", ", "(", ")")))
			.collect(Collectors.joining(", "));
		Query insert = statement("insert into " + TABLE + " (partner_id, customer_id, word, name_key) values " + rows);
		String nameKey = NameWord.nameKey(companyName);
		int position = 1;
		for (String word : words) {
			insert.setParameter(position++, partnerId)
				.setParameter(position++, customerId)
				.setParameter(position++, word)
				.setParameter(position++, nameKey);
		}
		insert.executeUpdate();
	}

	/**
	 * A native statement that names the one table it writes, so that Hibernate flushes
	 * nothing else before it.
	 */
	private Query statement(String sql) {
		Query query = this.entityManager.createNativeQuery(sql);
		query.unwrap(NativeQuery.class).addSynchronizedQuerySpace(TABLE);
		return query;
	}

}
