/**
 * The catalogue of online services that customers buy and partners may administer.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package com.partnerportal.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
