/**
 * Small value types and helpers that several features share: clouds, regions, countries
 * and search patterns.
 */
@NullMarked
package com.partnerportal.shared;

import org.jspecify.annotations.NullMarked;
