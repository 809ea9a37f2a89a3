package com.partnerportal.activity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityFilter;
import com.partnerportal.activity.ActivityScope;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityFilterFormTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-03-31");

	private static final ActivityScope PARTNER = new ActivityScope(ActivityScope.Audience.PARTNER, 1L);

	private static final ActivityScope CUSTOMER = new ActivityScope(ActivityScope.Audience.CUSTOMER, 2L);

	@Test
	void toFilterWhenEmptyThenTheLastThirtyDaysTodayIncluded() {
		ActivityFilter filter = valid(new ActivityFilterForm(null, "", " ", null, null));

		assertThat(filter.from()).isEqualTo("2026-03-02");
		assertThat(filter.to()).isEqualTo(TODAY);
		assertThat(filter.customer()).isEmpty();
		assertThat(filter.action()).isNull();
	}

	@Test
	void toFilterWhenOnlyOneDateThenTheOtherIsFilledIn() {
		assertThat(valid(new ActivityFilterForm(null, "2026-01-31", null, null, null)).from()).isEqualTo("2026-01-02");
		assertThat(valid(new ActivityFilterForm("2026-01-31", null, null, null, null)).to()).isEqualTo(TODAY);
		assertThat(valid(new ActivityFilterForm("2026-04-10", null, null, null, null)).to())
			.as("a start after today ends on the same day")
			.isEqualTo("2026-04-10");
	}

	@Test
	void toFilterWhenRangeThenWholeDaysInTheReadersZone() {
		ActivityFilter madrid = valid(new ActivityFilterForm("2026-03-01", "2026-03-01", null, null, null),
				ZoneId.of("Europe/Madrid"));
		ActivityFilter lastSunday = valid(new ActivityFilterForm("2026-03-29", "2026-03-29", null, null, null),
				ZoneId.of("Europe/Madrid"));

		assertThat(madrid.start()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
		assertThat(madrid.end()).as("exclusive: the first instant of the next day")
			.isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
		assertThat(lastSunday.end().getEpochSecond() - lastSunday.start().getEpochSecond())
			.as("the day summer time starts has 23 hours")
			.isEqualTo(23 * 3600);
	}

	@Test
	void toFilterWhenEndBeforeStartThenErrorOnTheEnd() {
		Errors errors = errors(new ActivityFilterForm("2026-03-10", "2026-03-09", null, null, null));

		assertThat(errors.getFieldError("to").getCode()).isEqualTo("activity.filter.to.beforeFrom");
	}

	@Test
	void toFilterWhenDatesAreMalformedOrOutOfRangeThenErrorsOnEach() {
		Errors errors = errors(new ActivityFilterForm("31/03/2026", "2026-02-30", null, null, null));
		Errors range = errors(new ActivityFilterForm("1899-12-31", "+10000-01-01", null, null, null));

		assertThat(errors.getFieldError("from").getCode()).isEqualTo("activity.filter.date.invalid");
		assertThat(errors.getFieldError("to").getCode()).isEqualTo("activity.filter.date.invalid");
		assertThat(range.getFieldError("from").getCode()).isEqualTo("activity.filter.date.outOfRange");
		assertThat(range.getFieldError("to").getCode()).isEqualTo("activity.filter.date.outOfRange");
	}

	@Test
	void toFilterWhenActionThenThatActionOrAnError() {
		assertThat(valid(new ActivityFilterForm(null, null, null, "USER_CREATED", null)).action())
			.isEqualTo(ActivityAction.USER_CREATED);
		assertThat(errors(new ActivityFilterForm(null, null, null, "user_created", null)).getFieldError("action")
			.getCode()).isEqualTo("activity.filter.action.invalid");
	}

	@Test
	void toFilterWhenCustomerTextThenStrippedAndCutButIgnoredForCustomers() {
		ActivityFilterForm form = new ActivityFilterForm(null, null, "  " + "x".repeat(300) + " ", null, null);

		assertThat(valid(form).customer()).hasSize(200);
		assertThat(form.toFilter(CUSTOMER, ZoneOffset.UTC, TODAY, new BeanPropertyBindingResult(form, "f"))).get()
			.extracting(ActivityFilter::customer)
			.isEqualTo("");
	}

	@Test
	void toFormWhenFilterThenTheFieldsShowWhatWasApplied() {
		ActivityFilter filter = valid(new ActivityFilterForm(null, null, " adatum ", "USER_DISABLED", null));

		assertThat(filter.toForm())
			.isEqualTo(new ActivityFilterForm("2026-03-02", "2026-03-31", "adatum", "USER_DISABLED", ""));
	}

	@Test
	void toFilterWhenPartnerTextThenKeptForCustomersAndThePlatformButIgnoredForPartners() {
		ActivityFilterForm form = new ActivityFilterForm(null, null, "adatum", null, "  Fabrikam ");
		ActivityScope platform = new ActivityScope(ActivityScope.Audience.PLATFORM, null);

		assertThat(filter(form, CUSTOMER)).extracting(ActivityFilter::partner, ActivityFilter::customer)
			.containsExactly("Fabrikam", "");
		assertThat(filter(form, platform)).extracting(ActivityFilter::partner, ActivityFilter::customer)
			.containsExactly("Fabrikam", "adatum");
		assertThat(filter(form, PARTNER)).extracting(ActivityFilter::partner, ActivityFilter::customer)
			.containsExactly("", "adatum");
	}

	private static ActivityFilter filter(ActivityFilterForm form, ActivityScope scope) {
		return form.toFilter(scope, ZoneOffset.UTC, TODAY, new BeanPropertyBindingResult(form, "f")).orElseThrow();
	}

	private static ActivityFilter valid(ActivityFilterForm form) {
		return valid(form, ZoneOffset.UTC);
	}

	private static ActivityFilter valid(ActivityFilterForm form, ZoneId zone) {
		Errors errors = new BeanPropertyBindingResult(form, "activityFilter");
		Optional<ActivityFilter> filter = form.toFilter(PARTNER, zone, TODAY, errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return filter.orElseThrow();
	}

	private static Errors errors(ActivityFilterForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "activityFilter");
		assertThat(form.toFilter(PARTNER, ZoneOffset.UTC, TODAY, errors)).isEmpty();
		return errors;
	}

}
