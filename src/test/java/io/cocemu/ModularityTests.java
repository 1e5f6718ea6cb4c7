package io.cocemu;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of {@code io.cocemu} is a module: others may use its base
 * package, never its sub-packages, and no two modules may depend on each other in a
 * cycle.
 */
class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersApis() {
		ApplicationModules.of(CocEmulatorApplication.class).verify();
	}

}
