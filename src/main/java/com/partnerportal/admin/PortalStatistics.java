package com.partnerportal.admin;

/**
 * The figures on the admin home page.
 *
 * @param partners partner organisations
 * @param customers customer organisations
 * @param activeRelationships reseller relationships in force
 * @param activeDelegatedAdminGrants delegated admin held, counted per relationship and
 * service
 */
record PortalStatistics(long partners, long customers, long activeRelationships, long activeDelegatedAdminGrants) {
}
