/**
 * Everyone who signs in: the shared account record of partner users, customer users and
 * platform admins.
 */
@NullMarked
package com.partnerportal.account;

import org.jspecify.annotations.NullMarked;
