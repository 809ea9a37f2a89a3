package com.partnerportal.security;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import com.partnerportal.DemoAccounts;
import com.partnerportal.DemoRelationships;

/**
 * The demo organisations the security tests set against each other: Fabrikam and its
 * customer Adatum are "own", Northwind and Contoso the others.
 */
final class Tenants {

	final Long fabrikam;

	final Long northwind;

	final Long adatum;

	final Long contoso;

	Tenants(DemoAccounts demo) {
		this.fabrikam = demo.partnerId(DemoAccounts.FABRIKAM);
		this.northwind = demo.partnerId(DemoAccounts.NORTHWIND);
		this.adatum = demo.customerId("adatum.test");
		this.contoso = demo.customerId("contoso.test");
	}

	/**
	 * Makes Contoso Northwind's customer, with delegated admin for the directory, so that
	 * the other partner has a customer and a grant of its own, written to the database.
	 * @param relationships to relate them
	 * @param entityManager flushed, for the tests' SQL to see the rows
	 * @param since when the relationship starts
	 */
	void relateNorthwindToContoso(DemoRelationships relationships, EntityManager entityManager, Instant since) {
		relationships.grant(relationships.relate(DemoAccounts.NORTHWIND, this.contoso, since), "AZURE_AD", since);
		entityManager.flush();
	}

}
