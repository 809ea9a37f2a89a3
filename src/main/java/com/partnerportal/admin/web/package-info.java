/**
 * What the admin module shows on its pages: the controllers and what they bind and
 * render. Nothing outside the module uses them.
 */
@NullMarked
package com.partnerportal.admin.web;

import org.jspecify.annotations.NullMarked;
