package com.partnerportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.partner.Territories;

/**
 * The JPA slice the repository and database tests start: the migrated schema with the
 * demo data, in the database the test configuration names, with the beans these tests
 * read the demo data through. Every test class annotated with it shares one context; each
 * test method runs in a transaction that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ DemoAccounts.class, Territories.class, Catalogue.class })
public @interface PortalJpaTest {

}
