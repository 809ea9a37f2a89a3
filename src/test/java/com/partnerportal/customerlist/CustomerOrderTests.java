package com.partnerportal.customerlist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerOrderTests {

	@Test
	void parseWhenKnownColumnThenReadsDirection() {
		assertThat(CustomerOrder.parse("since")).isEqualTo(new CustomerOrder(CustomerSort.SINCE, false));
		assertThat(CustomerOrder.parse("-since")).isEqualTo(new CustomerOrder(CustomerSort.SINCE, true));
		assertThat(CustomerOrder.parse(" -domain ").parameter()).isEqualTo("-domain");
	}

	@Test
	void parseWhenMissingOrUnknownThenDefaultOrder() {
		assertThat(CustomerOrder.parse(null)).isEqualTo(CustomerOrder.DEFAULT);
		assertThat(CustomerOrder.parse("")).isEqualTo(CustomerOrder.DEFAULT);
		assertThat(CustomerOrder.parse("-")).isEqualTo(CustomerOrder.DEFAULT);
		assertThat(CustomerOrder.parse("--company")).isEqualTo(CustomerOrder.DEFAULT);
		assertThat(CustomerOrder.parse("c.id; drop table customer")).isEqualTo(CustomerOrder.DEFAULT);
		assertThat(CustomerOrder.DEFAULT.isDefault()).isTrue();
	}

	@Test
	void toggledWhenSameColumnThenReversesElseStartsAscending() {
		CustomerOrder byCompany = CustomerOrder.parse("company");

		assertThat(byCompany.toggled("company").parameter()).isEqualTo("-company");
		assertThat(byCompany.toggled("company").toggled("company").parameter()).isEqualTo("company");
		assertThat(CustomerOrder.parse("-company").toggled("country").parameter()).isEqualTo("country");
	}

}
