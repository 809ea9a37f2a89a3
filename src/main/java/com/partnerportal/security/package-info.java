/**
 * Sign-in, the signed-in user and the rules that decide who may reach which page.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account" })
package com.partnerportal.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
