/**
 * What every page shares: the home redirect, error handling, flash messages, form values
 * and paging.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "security", "shared" })
package com.partnerportal.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
