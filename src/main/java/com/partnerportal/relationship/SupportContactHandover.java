package com.partnerportal.relationship;

import org.jspecify.annotations.Nullable;

/**
 * A subscription whose support contact passes from a partner ending its relationship to
 * another.
 *
 * @param offerName the offer bought
 * @param serviceName the service it is for
 * @param nextContact the partner that takes over, {@code null} for nobody
 */
public record SupportContactHandover(String offerName, String serviceName, @Nullable String nextContact) {
}
