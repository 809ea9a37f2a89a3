package com.partnerportal.customerlist.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One word of a customer's company name (V16), as the customer list's search reads it;
 * the customer writes them (see {@link com.partnerportal.customer.NameWords}).
 */
@Entity
@Immutable
@Table(name = "customer_name_word")
@IdClass(CustomerNameWord.Key.class)
class CustomerNameWord {

	@Id
	@Column(name = "customer_id")
	private @Nullable Long customerId;

	@Id
	@Column(name = "word")
	private @Nullable String word;

	@Column(name = "name_key")
	private @Nullable String nameKey;

	protected CustomerNameWord() {
	}

	static class Key implements Serializable {

		private @Nullable Long customerId;

		private @Nullable String word;

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Key key && java.util.Objects.equals(this.customerId, key.customerId)
					&& java.util.Objects.equals(this.word, key.word);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.customerId, this.word);
		}

	}

}
