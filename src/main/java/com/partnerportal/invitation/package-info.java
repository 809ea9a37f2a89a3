/**
 * The partner's reusable invitation link, the draft email that carries it and the
 * customer's answer to it.
 */
@NullMarked
package com.partnerportal.invitation;

import org.jspecify.annotations.NullMarked;
