package com.partnerportal.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

/**
 * A reseller organisation. Members of the CSP programme become their customers'
 * resellers; others advise.
 */
@Entity
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private String country;

	@Enumerated(EnumType.STRING)
	private Region region;

	@Enumerated(EnumType.STRING)
	private Cloud cloud;

	private boolean cspMember;

	private Instant createdAt;

	@Version
	private long version;

	protected Partner() {
	}

	public Partner(String name, String country, Region region, Cloud cloud, boolean cspMember, Instant createdAt) {
		this.name = name.strip();
		this.country = country;
		this.region = region;
		this.cloud = cloud;
		this.cspMember = cspMember;
		this.createdAt = createdAt;
	}

	/**
	 * Partners in a national cloud must always ask for delegated admin.
	 * @return whether invitations of this partner always include delegated admin
	 */
	public boolean requiresDelegatedAdmin() {
		return this.cloud.isNational();
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Partner is not saved yet");
		}
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getCountry() {
		return this.country;
	}

	public Region getRegion() {
		return this.region;
	}

	public Cloud getCloud() {
		return this.cloud;
	}

	public boolean isCspMember() {
		return this.cspMember;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
