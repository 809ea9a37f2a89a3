package com.partnerportal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

import com.partnerportal.security.PortalUser;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Services speak the domain, not HTTP: they throw the domain's exceptions, take the actor
 * and the ids they act on rather than the sign-in principal, and turn a race lost in the
 * database into the domain's answer. The web side (the shared web and security packages,
 * controllers, their advice and servlet filters) alone knows about requests, responses
 * and pages, and maps the domain's answers to them.
 */
class ServicesSpeakTheDomainTests {

	private static final DescribedPredicate<JavaClass> CONTROLLER = DescribedPredicate
		.describe("controllers and their advice", (javaClass) -> javaClass.isMetaAnnotatedWith(Controller.class)
				|| javaClass.isAnnotatedWith(Controller.class) || javaClass.isAnnotatedWith(ControllerAdvice.class));

	private static final DescribedPredicate<JavaClass> WEB_ADAPTER = resideInAnyPackage("..web..", "..security..")
		.or(CONTROLLER)
		.or(assignableTo(Filter.class))
		.as("the web side");

	private static final DescribedPredicate<JavaClass> HTTP = resideInAnyPackage("jakarta.servlet..",
			"org.springframework.http..")
		.or(resideInAPackage("org.springframework.web..").and(DescribedPredicate.not(resideInAPackage(
				// Encoding a string for a URI is no request handling (a mailto link).
				"org.springframework.web.util.."))))
		// The web's own exceptions, such as the not-found that carried a 404 before the
		// domain had one in shared.
		.or(resideInAPackage("com.partnerportal.web..").and(assignableTo(Throwable.class)))
		.as("are servlet or HTTP types, or the web's exceptions");

	/**
	 * Spring's translated exceptions and the persistence provider's own. Read by package:
	 * the importer does not resolve the supertypes of a class outside the portal.
	 */
	private static final DescribedPredicate<JavaClass> PERSISTENCE_EXCEPTION = resideInAnyPackage(
			"org.springframework.dao..", "org.springframework.orm..", "jakarta.persistence..", "org.hibernate..")
		.and(simpleNameEndingWith("Exception"))
		.as("are persistence exceptions");

	/**
	 * A catch clause names its exception in no signature or call, so ArchUnit's
	 * dependencies miss it: the try-catch blocks are read instead.
	 */
	private static final ArchCondition<JavaClass> CATCH_A_PERSISTENCE_EXCEPTION = new ArchCondition<>(
			"catch a persistence exception") {

		@Override
		public void check(JavaClass javaClass, ConditionEvents events) {
			for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
				for (TryCatchBlock block : codeUnit.getTryCatchBlocks()) {
					for (JavaClass caught : block.getCaughtThrowables()) {
						if (PERSISTENCE_EXCEPTION.test(caught)) {
							events.add(SimpleConditionEvent.satisfied(javaClass, codeUnit.getFullName() + " catches "
									+ caught.getName() + " in " + block.getSourceCodeLocation()));
						}
					}
				}
			}
		}

	};

	private final JavaClasses portal = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.partnerportal");

	@Test
	void classesOutsideTheWebWhenScannedThenUseNoServletOrHttpType() {
		noClasses().that(are(outside(WEB_ADAPTER)))
			.should()
			.dependOnClassesThat(HTTP)
			.because("services answer in the domain's terms and the web side maps them to pages and statuses")
			.check(this.portal);
	}

	@Test
	void classesOutsideTheWebWhenScannedThenDoNotTakeTheSignInPrincipal() {
		noClasses().that(are(outside(WEB_ADAPTER)))
			.should()
			.dependOnClassesThat()
			.areAssignableTo(PortalUser.class)
			.because("services take the actor, the organisation's id and the role, whoever asks: "
					+ "a page, a test or a later API")
			.check(this.portal);
	}

	@Test
	void controllersWhenScannedThenCatchNoPersistenceException() {
		noClasses().that(are(CONTROLLER).or(are(enclosedIn(CONTROLLER))))
			.should(CATCH_A_PERSISTENCE_EXCEPTION)
			.orShould()
			.dependOnClassesThat(PERSISTENCE_EXCEPTION)
			.because("the services turn a race lost in the database into the domain's exception")
			.check(this.portal);
	}

	private static DescribedPredicate<JavaClass> outside(DescribedPredicate<JavaClass> side) {
		return DescribedPredicate.not(side.or(enclosedIn(side))).as("outside " + side.getDescription());
	}

	private static DescribedPredicate<JavaClass> enclosedIn(DescribedPredicate<JavaClass> side) {
		return DescribedPredicate.describe("enclosed in " + side.getDescription(),
				(javaClass) -> javaClass.getEnclosingClass().map(side::test).orElse(false));
	}

}
