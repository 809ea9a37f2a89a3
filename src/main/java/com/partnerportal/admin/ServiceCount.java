package com.partnerportal.admin;

/**
 * How many relationships hold delegated admin for one service.
 *
 * @param serviceId the service
 * @param count the number of relationships
 */
record ServiceCount(Long serviceId, long count) {
}
