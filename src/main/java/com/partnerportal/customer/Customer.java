package com.partnerportal.customer;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.Cloud;

/**
 * A customer organisation (a tenant), identified by its domain.
 */
@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String companyName;

	/**
	 * The company name in lower case, which the database computes (a generated column) so
	 * that the customer list can sort and search by it through an index. Read by queries
	 * only.
	 */
	@Column(insertable = false, updatable = false)
	private @Nullable String nameKey;

	/**
	 * The words of the company name (see {@link NameWords}), kept with the name so that
	 * every customer, however it is created, is found by any word of its name. Never read
	 * here: the customer list searches the table.
	 */
	@ElementCollection
	@CollectionTable(name = "customer_name_word", joinColumns = @JoinColumn(name = "customer_id"))
	private Set<NameWord> nameWords = new HashSet<>();

	private String domain;

	private String country;

	@Enumerated(EnumType.STRING)
	private Cloud cloud;

	private @Nullable String agreementVersion;

	private @Nullable Instant agreementAcceptedAt;

	private @Nullable Long agreementAcceptedBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Customer() {
	}

	public Customer(String companyName, String domain, String country, Cloud cloud, Instant createdAt) {
		this.companyName = companyName.strip();
		this.nameWords = NameWords.of(this.companyName)
			.stream()
			.map((word) -> new NameWord(word, this.companyName))
			.collect(Collectors.toCollection(HashSet::new));
		this.domain = normalizeDomain(domain);
		this.country = country;
		this.cloud = cloud;
		this.createdAt = createdAt;
	}

	/**
	 * Domains are compared case-insensitively, so they are stored in lower case.
	 * @param domain a domain as typed
	 * @return the domain as stored
	 */
	public static String normalizeDomain(String domain) {
		return domain.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Records that a Global admin accepted a version of the customer agreement.
	 * @param agreementVersion the version accepted
	 * @param userId the Global admin who accepted it
	 * @param now when
	 * @return whether anything changed: accepting the version already accepted changes
	 * nothing
	 */
	public boolean acceptAgreement(String agreementVersion, Long userId, Instant now) {
		if (hasAcceptedAgreement(agreementVersion)) {
			return false;
		}
		this.agreementVersion = agreementVersion;
		this.agreementAcceptedAt = now;
		this.agreementAcceptedBy = userId;
		return true;
	}

	public boolean hasAcceptedAgreement(String agreementVersion) {
		return agreementVersion.equals(this.agreementVersion);
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Customer is not saved yet");
		}
		return this.id;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public String getDomain() {
		return this.domain;
	}

	public String getCountry() {
		return this.country;
	}

	public Cloud getCloud() {
		return this.cloud;
	}

	public @Nullable String getAgreementVersion() {
		return this.agreementVersion;
	}

	public @Nullable Instant getAgreementAcceptedAt() {
		return this.agreementAcceptedAt;
	}

	public @Nullable Long getAgreementAcceptedBy() {
		return this.agreementAcceptedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
