/**
 * The demo data set of the embedded default: what it contains and how a newcomer signs in
 * to it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package com.partnerportal.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
