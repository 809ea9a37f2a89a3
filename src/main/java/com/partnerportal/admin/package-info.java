/**
 * The platform operators' pages: partner organisations and partner relationships per
 * service.
 */
@NullMarked
package com.partnerportal.admin;

import org.jspecify.annotations.NullMarked;
