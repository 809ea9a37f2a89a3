package com.partnerportal.mail;

/**
 * A message was queued in the transaction of the change it tells about. Published in that
 * transaction, so the event publication registry keeps it with the change: its listener
 * delivers the message after the commit, and whatever stops it (a failing mail server, a
 * crash) leaves the publication incomplete, to be resubmitted until it is done.
 *
 * @param mailId the {@link OutgoingMail} queued
 */
public record MailQueued(Long mailId) {
}
