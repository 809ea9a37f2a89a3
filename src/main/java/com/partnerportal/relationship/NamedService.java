package com.partnerportal.relationship;

/**
 * A service of the catalogue as a relationship event names it: its id and its name at the
 * time.
 *
 * @param id the service
 * @param name its name
 */
public record NamedService(Long id, String name) {
}
