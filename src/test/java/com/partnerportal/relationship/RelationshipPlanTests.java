package com.partnerportal.relationship;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import com.partnerportal.catalogue.CloudService;
import com.partnerportal.partner.Territory;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RelationshipPlanTests {

	private static final Territory EUROPE = new Territory("ES", Region.EUROPE, Set.of("ES", "PT", "IT"));

	private final CloudService directory = service(1L, "Azure Active Directory");

	private final CloudService office = service(2L, "Office 365");

	@Test
	void changesNothingWhenRelationshipActiveAndNothingToGrantThenTrue() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.NONE, List.of(), List.of(), List.of());

		assertThat(plan.changesNothing()).isTrue();
		assertThat(plan.changesNothing(Set.of())).isTrue();
		assertThat(plan.possible()).isTrue();
	}

	@Test
	void changesNothingWhenSomethingIsEstablishedGrantedOrRestoredThenFalse() {
		assertThat(plan(RelationshipPlan.Step.ESTABLISH, List.of(), List.of(), List.of()).changesNothing()).isFalse();
		assertThat(plan(RelationshipPlan.Step.REESTABLISH, List.of(), List.of(), List.of()).changesNothing()).isFalse();
		assertThat(plan(RelationshipPlan.Step.NONE, List.of(this.office), List.of(), List.of()).changesNothing())
			.isFalse();
		assertThat(plan(RelationshipPlan.Step.NONE, List.of(), List.of(this.office), List.of()).changesNothing())
			.isFalse();
	}

	@Test
	void possibleWhenAnotherCspPartnerHoldsDelegatedAdminThenTrueAsTheCustomerChooses() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.ESTABLISH, List.of(this.office), List.of(),
				List.of(conflict(this.office)));

		assertThat(plan.possible()).isTrue();
		assertThatNoException().isThrownBy(plan::requirePossible);
		assertThat(plan.isConflicted(2L)).isTrue();
		assertThat(plan.isConflicted(1L)).isFalse();
	}

	@Test
	void servicesTakenWhenConflictKeptThenLeftOutAndWhenMovedThenIncluded() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.NONE, List.of(this.office), List.of(this.directory),
				List.of(conflict(this.office)));

		assertThat(plan.servicesTaken(Set.of())).containsExactly(this.directory);
		assertThat(plan.servicesTaken(Set.of(2L))).containsExactly(this.directory, this.office);
	}

	@Test
	void changesNothingWhenEveryRequestedServiceIsKeptByItsHolderThenTrueUnlessMoved() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.NONE, List.of(this.office), List.of(),
				List.of(conflict(this.office)));

		assertThat(plan.changesNothing()).isFalse();
		assertThat(plan.changesNothing(Set.of())).isTrue();
		assertThat(plan.changesNothing(Set.of(2L))).isFalse();
	}

	@Test
	void conflictsKeyWhenConflictsThenNamesServiceAndHolderInServiceOrder() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.ESTABLISH, List.of(this.directory, this.office), List.of(),
				List.of(conflict(this.office), conflict(this.directory)));

		assertThat(plan.conflictsKey()).isEqualTo("1:9,2:9");
		assertThat(plan(RelationshipPlan.Step.ESTABLISH, List.of(), List.of(), List.of()).conflictsKey()).isEmpty();
	}

	@Test
	void requirePossibleWhenCloudsDifferThenThrows() {
		RelationshipPlan plan = new RelationshipPlan(RelationshipPlan.Step.ESTABLISH, List.of(), List.of(), List.of(),
				Cloud.US_GOVERNMENT, Cloud.PUBLIC, EUROPE, "ES");

		assertThat(plan.differentCloud()).isTrue();
		assertThat(plan.possible()).isFalse();
		assertThatExceptionOfType(DifferentCloudException.class).isThrownBy(plan::requirePossible)
			.satisfies((ex) -> assertThat(ex.getPartnerCloud()).isEqualTo(Cloud.US_GOVERNMENT));
	}

	@Test
	void requirePossibleWhenCustomerOutsideTheTerritoryThenThrows() {
		RelationshipPlan plan = new RelationshipPlan(RelationshipPlan.Step.ESTABLISH, List.of(), List.of(), List.of(),
				Cloud.PUBLIC, Cloud.PUBLIC, EUROPE, "BR");

		assertThat(plan.outsideTerritory()).isTrue();
		assertThat(plan.possible()).isFalse();
		assertThatExceptionOfType(OutsideTerritoryException.class).isThrownBy(plan::requirePossible)
			.satisfies((ex) -> assertThat(ex.getCustomerCountry()).isEqualTo("BR"));
	}

	@Test
	void requirePossibleWhenSameCloudAndInTerritoryThenPasses() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.ESTABLISH, List.of(this.office), List.of(), List.of());

		assertThat(plan.outsideTerritory()).isFalse();
		assertThatNoException().isThrownBy(plan::requirePossible);
	}

	private static RelationshipPlan plan(RelationshipPlan.Step step, List<CloudService> grants,
			List<CloudService> restores, List<DelegatedAdminConflict> conflicts) {
		return new RelationshipPlan(step, grants, restores, conflicts, Cloud.PUBLIC, Cloud.PUBLIC, EUROPE, "PT");
	}

	private static DelegatedAdminConflict conflict(CloudService service) {
		return new DelegatedAdminConflict(service, 9L, "Fabrikam Cloud Partners");
	}

	private static CloudService service(Long id, String name) {
		CloudService service = BeanUtils.instantiateClass(CloudService.class);
		ReflectionTestUtils.setField(service, "id", id);
		ReflectionTestUtils.setField(service, "code", name.toUpperCase());
		ReflectionTestUtils.setField(service, "name", name);
		ReflectionTestUtils.setField(service, "delegatedAdminApplies", true);
		ReflectionTestUtils.setField(service, "sortOrder", id.intValue() * 10);
		return service;
	}

}
