package org.unionrights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature modules honest (no cycles, no reaching into another module's internals) and
 * writes the module diagram into docs/modules.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("org.unionrights.accounts", "org.unionrights.security", "org.unionrights.counties");
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() throws IOException {
		// Written anew, so that a diagram left from an earlier run cannot make this pass.
		Files.deleteIfExists(Path.of("docs/modules/components.puml"));
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(Files.readString(Path.of("docs/modules/components.puml"))).contains("Accounts", "Intake", "Cases",
				"Deadlines");
	}

}
