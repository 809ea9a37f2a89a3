package com.partnerportal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PartnerPortalApplicationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void loginPageWhenAnonymousThenRendersTheForm() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Sign in to Partner Portal");
	}

}
