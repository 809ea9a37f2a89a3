/**
 * What only the catalogue itself uses: the repository behind {@code Catalogue}.
 */
@NullMarked
package com.partnerportal.catalogue.internal;

import org.jspecify.annotations.NullMarked;
