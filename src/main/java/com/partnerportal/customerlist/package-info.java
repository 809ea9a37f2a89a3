/**
 * The partner's Customers page: its customers, searchable and paged, each with its
 * account details. Reads through {@code CustomerListQueries}, over the entities of the
 * relationship, customer, partner, catalogue and subscription features; writes only each
 * partner's index of its customers' name words, which it keeps from the relationships'
 * events ({@code PartnerCustomerWords}) for the search. View types stay package-private,
 * but the methods templates call are public because SpEL calls only public methods. The
 * features whose tables the queries read are named among the modules it uses even where
 * no Java type of theirs appears.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalogue", "customer", "partner", "relationship", "security", "shared",
		"subscription", "web" })
package com.partnerportal.customerlist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
