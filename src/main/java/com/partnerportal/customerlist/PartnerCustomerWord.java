package com.partnerportal.customerlist;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One word of the name of one of a partner's customers (V18), as the customer list's
 * search reads it: an entry for each word of each customer in an active relationship with
 * the partner, kept by {@link PartnerCustomerWords}.
 */
@Entity
@Immutable
@Table(name = "partner_customer_word")
@IdClass(PartnerCustomerWord.Key.class)
class PartnerCustomerWord {

	@Id
	@Column(name = "partner_id")
	private @Nullable Long partnerId;

	@Id
	@Column(name = "customer_id")
	private @Nullable Long customerId;

	@Id
	@Column(name = "word")
	private @Nullable String word;

	@Column(name = "name_key")
	private @Nullable String nameKey;

	protected PartnerCustomerWord() {
	}

	static class Key implements Serializable {

		private @Nullable Long partnerId;

		private @Nullable Long customerId;

		private @Nullable String word;

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Key key && Objects.equals(this.partnerId, key.partnerId)
					&& Objects.equals(this.customerId, key.customerId) && Objects.equals(this.word, key.word);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.partnerId, this.customerId, this.word);
		}

	}

}
