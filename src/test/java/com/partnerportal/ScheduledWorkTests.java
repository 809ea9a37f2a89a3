package com.partnerportal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Several instances of the portal run against one database and nothing else coordinates
 * them, so a scheduled method would run on every instance at the same moment. Every
 * {@code @Scheduled} method therefore takes a ShedLock lock in the database first, and
 * scheduling is turned on in one configuration class only, the one that sets the lock
 * provider up. Spring Session's delete of expired sessions is its own work, one
 * idempotent statement that may run on every instance.
 */
class ScheduledWorkTests {

	/** Every scheduled method takes a lock across instances. */
	static final ArchRule SCHEDULED_WORK_IS_LOCKED = methods().that()
		.areAnnotatedWith(Scheduled.class)
		.or()
		.areAnnotatedWith(Schedules.class)
		.should()
		.beAnnotatedWith(SchedulerLock.class)
		.because("every instance would run it at the same time");

	private final JavaClasses portal = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.partnerportal");

	@Test
	void portalWhenScannedThenEveryScheduledMethodTakesALock() {
		SCHEDULED_WORK_IS_LOCKED.check(this.portal);
		assertThat(this.portal.stream()
			.flatMap((type) -> type.getMethods().stream())
			.filter((method) -> method.isAnnotatedWith(Scheduled.class))).as("the scheduled work the rule checks")
			.isNotEmpty();
	}

	@Test
	void portalWhenScannedThenSchedulingIsTurnedOnInOneConfigurationOnly() {
		classes().that()
			.areAnnotatedWith(EnableScheduling.class)
			.should()
			.haveSimpleName("ScheduledWorkConfiguration")
			.because("that configuration sets up the lock every scheduled method takes")
			.check(this.portal);
		noClasses().should()
			.dependOnClassesThat()
			.areAssignableTo(TaskScheduler.class)
			.because("work scheduled by hand would take no lock")
			.check(this.portal);
	}

	@Test
	void ruleWhenAScheduledMethodTakesNoLockThenItFails() {
		JavaClasses unlocked = new ClassFileImporter().importClasses(UnlockedWork.class, LockedWork.class);

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> SCHEDULED_WORK_IS_LOCKED.check(unlocked))
			.withMessageContaining("UnlockedWork.run()")
			.withMessageNotContaining("LockedWork.run()");
	}

	static class UnlockedWork {

		@Scheduled(fixedDelay = 1000)
		void run() {
		}

	}

	static class LockedWork {

		@Scheduled(fixedDelay = 1000)
		@SchedulerLock(name = "locked-work")
		void run() {
		}

	}

}
