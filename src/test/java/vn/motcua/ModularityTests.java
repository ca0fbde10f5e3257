package vn.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature package is a module; cross-module calls go only through the allowed APIs (ARCHITECTURE.md). */
class ModularityTests {

	ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
