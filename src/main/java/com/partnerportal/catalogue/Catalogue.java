package com.partnerportal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.partnerportal.catalogue.internal.CloudServiceRepository;

import org.springframework.stereotype.Component;

/**
 * The service catalogue, in display order. Small and read on most pages, so it is read
 * from the database once, when the portal starts, and then held in memory.
 * <p>
 * Nothing in the running portal changes the catalogue: migrations write it, and they run
 * before the portal starts. So every instance of the portal running against one database
 * holds the same catalogue without telling the others anything, and an instance sees a
 * service a new migration adds when it is started on that migration (a rolling update
 * restarts every instance). The one writer at run time is the data generator, a command
 * of its own that fills an empty database and then ends; it calls {@link #reload()} so
 * that its own pages show what it added.
 */
@Component
public class Catalogue {

	private final CloudServiceRepository services;

	private volatile Services held;

	Catalogue(CloudServiceRepository services) {
		this.services = services;
		this.held = read();
	}

	/**
	 * @return every service, in display order; the list cannot be changed
	 */
	public List<CloudService> findAllByOrderBySortOrder() {
		return this.held.all();
	}

	/**
	 * @return the services delegated admin applies to, in display order; the list cannot
	 * be changed
	 */
	public List<CloudService> findByDelegatedAdminAppliesTrueOrderBySortOrder() {
		return this.held.delegatedAdmin();
	}

	/**
	 * @param id a service's id
	 * @return the service, or empty if the catalogue has none with that id
	 */
	public Optional<CloudService> findById(Long id) {
		return Optional.ofNullable(this.held.byId().get(id));
	}

	/**
	 * Reads the catalogue again, for the one writer that changes it while running.
	 */
	public void reload() {
		this.held = read();
	}

	private Services read() {
		List<CloudService> all = List.copyOf(this.services.findAllByOrderBySortOrder());
		return new Services(all, all.stream().filter(CloudService::isDelegatedAdminApplies).toList(),
				all.stream().collect(Collectors.toUnmodifiableMap(CloudService::getId, Function.identity())));
	}

	/**
	 * The catalogue as read, replaced as a whole so that a reader never sees half of a
	 * reload.
	 */
	private record Services(List<CloudService> all, List<CloudService> delegatedAdmin, Map<Long, CloudService> byId) {

	}

}
