package com.partnerportal.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * An online service of the catalogue. Delegated admin applies only to some services.
 */
@Entity
public class CloudService {

	@Id
	private @Nullable Long id;

	private String code;

	private String name;

	private boolean delegatedAdminApplies;

	private int sortOrder;

	protected CloudService() {
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Service is not saved yet");
		}
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public boolean isDelegatedAdminApplies() {
		return this.delegatedAdminApplies;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
