/**
 * What only the mail module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.mail.internal;

import org.jspecify.annotations.NullMarked;
