package be.lokaalcirculair;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LokaalCirculairApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		this.modules.verify();
	}

	@Test
	void everyCapabilityOfTheDesignIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("organisation",
				"practice", "search", "lever", "network", "advice", "scan", "impact", "publication", "opendata",
				"account", "shared");
	}

}
