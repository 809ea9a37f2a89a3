/**
 * The partner's Customers page: its customers, searchable and paged, each with its
 * account details.
 */
@NullMarked
package com.partnerportal.customerlist;

import org.jspecify.annotations.NullMarked;
