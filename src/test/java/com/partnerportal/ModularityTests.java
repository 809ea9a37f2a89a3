package com.partnerportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

class ModularityTests {

	/**
	 * The diagrams and canvases are kept in the repository, next to the rest of the
	 * documentation, so that a change of a module's dependencies shows in its diff.
	 */
	private static final String DOCUMENTATION_FOLDER = "docs/modules";

	private final ApplicationModules modules = ApplicationModules.of(PartnerPortalApplication.class);

	@Test
	void modulesWhenVerifiedThenHaveNoCyclesAndUseOnlyPublicTypes() {
		this.modules.verify();
	}

	@Test
	void modulesWhenDocumentedThenWriteDiagrams() {
		new Documenter(this.modules, Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
