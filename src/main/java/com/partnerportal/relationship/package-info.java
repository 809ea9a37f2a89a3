/**
 * Reseller relationships between partners and customers and the delegated admin granted
 * per service.
 */
@NullMarked
package com.partnerportal.relationship;

import org.jspecify.annotations.NullMarked;
