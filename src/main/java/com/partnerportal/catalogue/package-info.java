/**
 * The catalogue of online services that customers buy and partners may administer.
 */
@NullMarked
package com.partnerportal.catalogue;

import org.jspecify.annotations.NullMarked;
