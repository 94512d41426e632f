package org.imvo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: every top-level package is a Spring Modulith module that uses other
 * modules only through their root package (their published API) and only where its package-info
 * allows; no cycles. Also writes the module documentation (PlantUML diagrams and canvases) to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ImvoPlatformApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		modules.verify();
	}

	@Test
	void shouldFindTheFoundationModules() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("shared", "database",
				"identity", "audit", "home", "demo");
	}

	@Test
	void shouldWriteModuleDocumentation() throws Exception {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation()
			.writeAggregatingDocument();
		assertThat(folder.resolve("components.puml")).exists();
		try (var files = Files.list(folder)) {
			assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("module-identity"));
		}
	}

}
