/**
 * What only the admin module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.admin.internal;

import org.jspecify.annotations.NullMarked;
