/**
 * Customer organisations, their users and their acceptance of the customer agreement.
 */
@NullMarked
package com.partnerportal.customer;

import org.jspecify.annotations.NullMarked;
