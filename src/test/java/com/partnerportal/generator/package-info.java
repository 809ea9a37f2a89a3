/**
 * Fills a database with a large, realistic data set for measuring the portal at the scale
 * of a big partner: the portal started with the generator added by
 * {@link com.partnerportal.generator.DataGeneratorApplication}, from the test tree so
 * that the product's jar does not carry it.
 */
@NullMarked
package com.partnerportal.generator;

import org.jspecify.annotations.NullMarked;
