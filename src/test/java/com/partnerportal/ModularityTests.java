package com.partnerportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PartnerPortalApplication.class);

	@Test
	void modulesWhenVerifiedThenHaveNoCyclesAndUseOnlyPublicTypes() {
		this.modules.verify();
	}

	@Test
	void modulesWhenDocumentedThenWriteDiagrams() {
		new Documenter(this.modules).writeDocumentation();
	}

}
