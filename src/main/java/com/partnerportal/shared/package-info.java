/**
 * Small value types that several features share: clouds, regions and countries.
 */
@NullMarked
package com.partnerportal.shared;

import org.jspecify.annotations.NullMarked;
