/**
 * Sign-in, the signed-in user and the rules that decide who may reach which page.
 */
@NullMarked
package com.partnerportal.security;

import org.jspecify.annotations.NullMarked;
