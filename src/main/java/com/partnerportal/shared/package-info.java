/**
 * Small value types and helpers that several features share: clouds, regions, countries,
 * search patterns, database constraints and the domain's not-found.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package com.partnerportal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
