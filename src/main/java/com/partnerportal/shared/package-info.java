/**
 * Small value types and helpers that several features share: clouds, regions, countries,
 * search patterns and database constraints.
 */
@NullMarked
package com.partnerportal.shared;

import org.jspecify.annotations.NullMarked;
