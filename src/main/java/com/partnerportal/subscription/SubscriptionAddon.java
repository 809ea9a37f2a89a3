package com.partnerportal.subscription;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An add-on a subscription has, and for how many of its seats. Part of the
 * {@link Subscription} aggregate, which alone changes it.
 */
@Entity
@Table(name = "subscription_addon")
public class SubscriptionAddon {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private int quantity;

	private Instant orderedAt;

	private @Nullable Long orderedBy;

	protected SubscriptionAddon() {
	}

	SubscriptionAddon(String name, int quantity, Instant orderedAt, @Nullable Long orderedBy) {
		this.name = name;
		this.quantity = quantity;
		this.orderedAt = orderedAt;
		this.orderedBy = orderedBy;
	}

	/**
	 * A further order of the same add-on adds to its quantity; the order's time and
	 * author become the latest ones.
	 */
	void add(int more, Instant now, @Nullable Long userId) {
		this.quantity = Math.addExact(this.quantity, more);
		this.orderedAt = now;
		this.orderedBy = userId;
	}

	public String getName() {
		return this.name;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public Instant getOrderedAt() {
		return this.orderedAt;
	}

	public @Nullable Long getOrderedBy() {
		return this.orderedBy;
	}

}
