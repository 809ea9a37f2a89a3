package com.partnerportal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Several instances of the portal run against one database and nothing else coordinates
 * them, so work the portal scheduled would run on every instance at the same moment. The
 * portal schedules none: the only periodic work is Spring Session's delete of expired
 * sessions, one idempotent statement that may run on every instance. Work that must run
 * once across instances needs a lock in the database first (ShedLock, for one), and this
 * test changed with it.
 */
class ScheduledWorkTests {

	private final JavaClasses portal = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.partnerportal");

	@Test
	void portalWhenScannedThenSchedulesNothingOfItsOwn() {
		noMethods().should()
			.beAnnotatedWith(Scheduled.class)
			.orShould()
			.beAnnotatedWith(Schedules.class)
			.because("every instance would run it")
			.check(this.portal);
		noClasses().should()
			.beAnnotatedWith(EnableScheduling.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(TaskScheduler.class)
			.because("every instance would run what it schedules")
			.check(this.portal);
	}

}
