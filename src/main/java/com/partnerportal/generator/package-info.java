/**
 * Fills a database with a large, realistic data set for measuring the portal at the scale
 * of a big partner: a command-line mode of the application, run with the {@code generate}
 * profile.
 */
@NullMarked
package com.partnerportal.generator;

import org.jspecify.annotations.NullMarked;
