/**
 * What every page shares: the home redirect, error handling, flash messages, form values
 * and paging.
 */
@NullMarked
package com.partnerportal.web;

import org.jspecify.annotations.NullMarked;
