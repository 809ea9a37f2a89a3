/**
 * What only the invitation module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.invitation.internal;

import org.jspecify.annotations.NullMarked;
