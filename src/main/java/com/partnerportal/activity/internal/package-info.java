/**
 * What only the activity log itself uses: the repository behind {@code ActivityLog}.
 */
@NullMarked
package com.partnerportal.activity.internal;

import org.jspecify.annotations.NullMarked;
