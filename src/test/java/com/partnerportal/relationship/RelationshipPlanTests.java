package com.partnerportal.relationship;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.partnerportal.catalogue.CloudService;
import com.partnerportal.shared.Cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.Mockito.mock;

class RelationshipPlanTests {

	private final CloudService office = mock(CloudService.class);

	@Test
	void changesNothingWhenRelationshipActiveAndNothingToGrantThenTrue() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.NONE, List.of(), List.of(), List.of(), Cloud.PUBLIC);

		assertThat(plan.changesNothing()).isTrue();
		assertThat(plan.possible()).isTrue();
	}

	@Test
	void changesNothingWhenSomethingIsEstablishedGrantedOrRestoredThenFalse() {
		assertThat(
				plan(RelationshipPlan.Step.ESTABLISH, List.of(), List.of(), List.of(), Cloud.PUBLIC).changesNothing())
			.isFalse();
		assertThat(
				plan(RelationshipPlan.Step.REESTABLISH, List.of(), List.of(), List.of(), Cloud.PUBLIC).changesNothing())
			.isFalse();
		assertThat(plan(RelationshipPlan.Step.NONE, List.of(this.office), List.of(), List.of(), Cloud.PUBLIC)
			.changesNothing()).isFalse();
		assertThat(plan(RelationshipPlan.Step.NONE, List.of(), List.of(this.office), List.of(), Cloud.PUBLIC)
			.changesNothing()).isFalse();
	}

	@Test
	void requirePossibleWhenAnotherCspPartnerHoldsDelegatedAdminThenThrowsWithTheConflicts() {
		DelegatedAdminConflict conflict = new DelegatedAdminConflict(this.office, "Fabrikam Cloud Partners");
		RelationshipPlan plan = plan(RelationshipPlan.Step.ESTABLISH, List.of(this.office), List.of(),
				List.of(conflict), Cloud.PUBLIC);

		assertThat(plan.possible()).isFalse();
		assertThatExceptionOfType(DelegatedAdminHeldElsewhereException.class).isThrownBy(plan::requirePossible)
			.satisfies((ex) -> assertThat(ex.getConflicts()).containsExactly(conflict));
	}

	@Test
	void requirePossibleWhenCloudsDifferThenThrows() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.ESTABLISH, List.of(), List.of(), List.of(),
				Cloud.US_GOVERNMENT);

		assertThat(plan.differentCloud()).isTrue();
		assertThatExceptionOfType(DifferentCloudException.class).isThrownBy(plan::requirePossible)
			.satisfies((ex) -> assertThat(ex.getPartnerCloud()).isEqualTo(Cloud.US_GOVERNMENT));
	}

	@Test
	void requirePossibleWhenSameCloudAndNoConflictThenPasses() {
		RelationshipPlan plan = plan(RelationshipPlan.Step.ESTABLISH, List.of(this.office), List.of(), List.of(),
				Cloud.PUBLIC);

		assertThatNoException().isThrownBy(plan::requirePossible);
	}

	private static RelationshipPlan plan(RelationshipPlan.Step step, List<CloudService> grants,
			List<CloudService> restores, List<DelegatedAdminConflict> conflicts, Cloud partnerCloud) {
		return new RelationshipPlan(step, grants, restores, conflicts, partnerCloud, Cloud.PUBLIC);
	}

}
