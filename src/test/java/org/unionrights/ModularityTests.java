package org.unionrights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature modules honest (no cycles, no reaching into another module's internals, no
 * dependency a module did not declare in its {@code allowedDependencies}) and writes the module
 * diagram into docs/modules.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("org.unionrights.accounts", "org.unionrights.security", "org.unionrights.counties",
					"org.unionrights.files");
		modules.verify();
	}

	@Test
	void everyModuleButTheOpenOneDeclaresWhatItMayUse() throws ClassNotFoundException {
		List<String> undeclared = new java.util.ArrayList<>();
		for (var module : modules) {
			ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			boolean open = declared != null && declared.type() == ApplicationModule.Type.OPEN;
			if (!open && (declared == null || List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN))) {
				undeclared.add(module.getIdentifier().toString());
			}
		}
		assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
	}

	@Test
	void aDependencyNotDeclaredFailsTheBuild() {
		Violations undeclared = ApplicationModules
			.of(modularityfixture.undeclared.FixtureApp.class, new ImportOption.OnlyIncludeTests())
			.detectViolations();
		assertThat(undeclared.hasViolations()).isTrue();
		assertThat(undeclared.getMessages()).anyMatch(message -> message.contains("Module 'cases' depends on module 'intake'"));
		assertThat(undeclared.getMessages()).noneMatch(message -> message.contains("module 'common'"));

		Violations declared = ApplicationModules
			.of(modularityfixture.declared.FixtureApp.class, new ImportOption.OnlyIncludeTests())
			.detectViolations();
		assertThat(declared.getMessages()).isEmpty();
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
				"Deadlines", "Files");
	}

}
