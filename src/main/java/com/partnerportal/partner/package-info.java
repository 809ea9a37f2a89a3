/**
 * Partner organisations and their users, and the Global admin's management of those
 * users.
 */
@NullMarked
package com.partnerportal.partner;

import org.jspecify.annotations.NullMarked;
