/**
 * What only the relationship module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.relationship.internal;

import org.jspecify.annotations.NullMarked;
