package com.partnerportal.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One activity-log entry as the pages and the export read it: the columns they show, no
 * entity. The action stays its stored name, so that an entry of an action since retired
 * still reads.
 *
 * @param id the entry's id, which orders entries of the same instant
 * @param occurredAt when
 * @param actorName who, by the name it had then
 * @param actorOrganisation the organisation who worked for
 * @param partnerName the partner concerned, by the name it had then
 * @param customerName the customer concerned, by the name it had then
 * @param action the {@link ActivityAction} name
 * @param oldValue the value before
 * @param newValue the value after
 */
public record ActivityRow(long id, Instant occurredAt, @Nullable String actorName, @Nullable String actorOrganisation,
		@Nullable String partnerName, @Nullable String customerName, String action, @Nullable String oldValue,
		@Nullable String newValue) {

}
